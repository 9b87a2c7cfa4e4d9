import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { CategoryDetailView } from "@/components/taxonomy/category-detail-view";
import { findCategory } from "@/lib/taxonomy/find-category";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = await findCategory((await params).slug);
  return category ? { title: category.title, description: category.tagline } : {};
}

export default async function CategoryPage({ params }: Props) {
  const category = await findCategory((await params).slug);
  if (!category) notFound();
  return <CategoryDetailView category={category} />;
}
