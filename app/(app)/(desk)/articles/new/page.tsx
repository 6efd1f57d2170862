import type { Metadata } from "next";
import { NewArticleForm } from "./new-article-form";

export const metadata: Metadata = { title: "New article" };

export default function NewArticlePage() {
  return (
    <div className="page page--narrow">
      <h1>New article</h1>
      <NewArticleForm />
    </div>
  );
}
