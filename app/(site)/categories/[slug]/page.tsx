import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { CategoryContributions } from "@/components/contributions/category-contributions";
import { CategoryDetailView } from "@/components/taxonomy/category-detail-view";
import { listPublishedForCategory } from "@/lib/contributions/queries";
import { findCategory } from "@/lib/taxonomy/find-category";

type Props = { params: Promise<{ slug: string }> };

// Cached (lib/page-cache): none is rendered at build time (the database then may hold other content); each is
// rendered on its first request and kept until the content changes.
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = await findCategory((await params).slug);
  return category ? { title: category.title, description: category.tagline } : {};
}

export default async function CategoryPage({ params }: Props) {
  const category = await findCategory((await params).slug);
  if (!category) notFound();
  const contributions = await listPublishedForCategory(category.slug);
  return (
    <CategoryDetailView
      category={category}
      community={<CategoryContributions categorySlug={category.slug} items={contributions} />}
    />
  );
}
