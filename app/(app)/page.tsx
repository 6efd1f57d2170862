import { redirect } from "next/navigation";

// Rendered per request, as an HTTP redirect: a prerendered page would redirect with an inline
// script, which the Content-Security-Policy (proxy.ts) blocks for want of this request's nonce.
export const dynamic = "force-dynamic";

export default function Home() {
  redirect("/articles");
}
