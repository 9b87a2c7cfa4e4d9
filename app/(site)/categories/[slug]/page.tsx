import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { CategoryContributions } from "@/components/contributions/category-contributions";
import { CategoryDetailView } from "@/components/taxonomy/category-detail-view";
import { listPublishedForCategory } from "@/lib/contributions/queries";
import { loadForCachedPage } from "@/lib/page-cache/page-path";
import { findCategory } from "@/lib/taxonomy/find-category";

type Props = { params: Promise<{ slug: string }> };

// Cached (lib/page-cache): none is rendered at build time (the database then may hold other content); each is
// rendered on its first request and kept until the content changes.
export async function generateStaticParams() {
  return [];
}

const pagePath = (slug: string) => `/categories/${encodeURIComponent(slug)}`;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const category = await loadForCachedPage(pagePath(slug), () => findCategory(slug));
  return category ? { title: category.title, description: category.tagline } : {};
}

export default async function CategoryPage({ params }: Props) {
  const { slug } = await params;
  const loaded = await loadForCachedPage(pagePath(slug), async () => {
    const category = await findCategory(slug);
    return category && { category, contributions: await listPublishedForCategory(category.slug) };
  });
  if (!loaded) notFound();
  const { category, contributions } = loaded;
  return (
    <CategoryDetailView
      category={category}
      community={<CategoryContributions categorySlug={category.slug} items={contributions} />}
    />
  );
}
