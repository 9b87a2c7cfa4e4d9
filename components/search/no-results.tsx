interface Props {
  categories: { slug: string; title: string }[];
  discussionUrl: string;
}

export function NoResults({ categories, discussionUrl }: Props) {
  return (
    <div className="space-y-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
      <h2 className="font-semibold text-slate-900 dark:text-white">No known issue or runbook step matches yet</h2>
      {categories.length > 0 ? (
        <>
          <p>These runbooks are the likeliest place to start:</p>
          <ul className="list-disc space-y-1 pl-6">
            {categories.map((category) => (
              <li key={category.slug}>
                <a href={`/runbooks/${category.slug}`} className="text-sky-700 underline dark:text-sky-400">
                  {category.title} runbook
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        Found something new?{" "}
        <a href={discussionUrl} rel="noreferrer" className="text-sky-700 underline dark:text-sky-400">
          Submit it as a known issue in the community discussion
        </a>
        , with the error text and what fixed it.
      </p>
    </div>
  );
}
