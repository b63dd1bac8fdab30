import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Link } from 'react-router-dom';

type Variant = 'primary' | 'secondary' | 'warning';

function classes(variant: Variant, start = false): string {
  return ['govuk-button', variant !== 'primary' && `govuk-button--${variant}`, start && 'govuk-button--start'].filter(Boolean).join(' ');
}

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
}

export function Button({ variant = 'primary', type = 'submit', className, ...rest }: ButtonProps) {
  return <button type={type} className={[classes(variant), className].filter(Boolean).join(' ')} {...rest} />;
}

function StartArrow() {
  return (
    <svg
      className="govuk-button__start-icon"
      xmlns="http://www.w3.org/2000/svg"
      width="17.5"
      height="19"
      viewBox="0 0 33 40"
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
    </svg>
  );
}

/** A link that looks like a button, for moving on to another page rather than submitting. */
export function ButtonLink({
  to,
  start = false,
  variant = 'primary',
  children,
}: {
  to: string;
  start?: boolean;
  variant?: Variant;
  children: ReactNode;
}) {
  return (
    <Link to={to} role="button" draggable={false} className={classes(variant, start)}>
      {children}
      {start && <StartArrow />}
    </Link>
  );
}
