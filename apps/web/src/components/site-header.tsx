import { Link } from '@/ui/link';
import { NavLinks } from './nav-links';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">
          <svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true">
            <rect className="brand__us" x="3" y="12" width="6" height="13" rx="1" />
            <rect className="brand__cn" x="11" y="5" width="6" height="20" rx="1" />
            <rect className="brand__us" x="19" y="15" width="6" height="10" rx="1" />
          </svg>
          <span>tradetalks</span>
        </Link>
        <nav className="site-nav" aria-label="Main">
          <NavLinks />
        </nav>
        <div className="header-tools">
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
