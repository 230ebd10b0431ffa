import { SIDE_TITLES, STACK_SCOPE } from '@tradetalks/core';

/** What the stacks on this page count, and what they leave out, by side (U.S. first). */
export function StackScope() {
  return (
    <div className="grid-2">
      {(['US', 'CN'] as const).map((side) => (
        <section key={side} className="scope" aria-labelledby={`scope-${side}`}>
          <h3 id={`scope-${side}`}>{SIDE_TITLES[side].full}</h3>
          <p className="scope__head">Counted</p>
          <ul className="checklist checklist--in">
            {STACK_SCOPE[side].includes.map((item) => (
              <li key={item}>
                <span aria-hidden="true">✓ </span>
                {item}
              </li>
            ))}
          </ul>
          <p className="scope__head">Not counted</p>
          <ul className="checklist checklist--out">
            {STACK_SCOPE[side].excludes.map((item) => (
              <li key={item}>
                <span aria-hidden="true">✗ </span>
                {item}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
