import Link from "next/link";
import type { ReactNode } from "react";
import { can } from "@/lib/permissions";
import { requirePageUser } from "@/server/auth";
import { SignOutButton } from "@/components/sign-out-button";
import { NotificationBell } from "@/components/notifications/bell";
import { countUnread } from "@/server/notifications/count-unread";
import { SearchShortcut } from "@/components/search/search-shortcut";

// Pages here read the session, so they are rendered per request.
export default async function DeskLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser();
  return (
    <>
      <header className="site-header">
        <Link href="/articles" className="site-header__brand">
          Fact-check desk
        </Link>
        <nav aria-label="Main">
          <Link href="/articles">Articles</Link>
          <Link href="/articles/new">New article</Link>
          <Link href="/my-work">My work</Link>
          <Link href="/search" aria-keyshortcuts="/">
            Search
          </Link>
          {can(user, "review.queue") && <Link href="/review">Review queue</Link>}
          {can(user, "user.manage") && <Link href="/admin/users">Users</Link>}
          <Link href="/account">Account</Link>
          {can(user, "user.manage") && <Link href="/admin/two-factor">Two-factor</Link>}
          {can(user, "token.manage") && <Link href="/admin/tokens">API tokens</Link>}
        </nav>
        <div className="site-header__user">
          <NotificationBell initialUnread={await countUnread(user.id)} />
          <span>
            {user.name} <span className="role">({user.role.toLowerCase()})</span>
          </span>
          <SignOutButton />
        </div>
      </header>
      <SearchShortcut />
      <main id="main">{children}</main>
    </>
  );
}
