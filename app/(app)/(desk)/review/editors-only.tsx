import Link from "next/link";

/** What a fact-checker sees at /review: the queue is the editors' worklist, not theirs. */
export function EditorsOnly() {
  return (
    <div className="page page--narrow">
      <h1>The review queue is for editors</h1>
      <p>
        Editors use this page to approve claims or send them back with a comment. When you submit a claim for review, it
        appears here for them, and you see their decision and comments on the claim itself.
      </p>
      <p>
        <Link href="/articles">Back to Articles</Link>
      </p>
    </div>
  );
}
