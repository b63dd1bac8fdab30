import type { CSSProperties } from 'react';
import { Link } from 'react-router-dom';

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

interface HeaderProps {
  /** The name in the header's logo position: the instance's, or the product's outside one. */
  name: string;
  homeHref: string;
  /** An instance's brand colour, shown as the header's bottom stripe (blue without one). */
  brandColour?: string | null;
}

export function Header({ name, homeHref, brandColour }: HeaderProps) {
  const stripe: CSSProperties | undefined = brandColour && HEX_COLOUR.test(brandColour) ? { borderBottomColor: brandColour } : undefined;
  return (
    // The stripe runs the full width of the window: inside the width container it stopped 15 px
    // short of each edge on a phone, and looked cut off.
    <header className="govuk-header govuk-header--full-width-border" style={stripe}>
      <div className="govuk-header__container govuk-width-container">
        <div className="govuk-header__logo">
          <Link to={homeHref} className="govuk-header__link govuk-header__link--homepage govuk-!-font-weight-bold">
            {name}
          </Link>
        </div>
      </div>
    </header>
  );
}
