import { css } from 'lit';

/** <wm-self-referral>'s own styles; the form blocks bring `formStyles`. Works from 320 px wide and at 400 % zoom. */
export const styles = css`
  .base {
    max-width: var(--wm-self-referral-max-width, 40rem);
  }
  h2,
  h3 {
    margin: 0 0 1rem;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.75rem;
  }
  h2:focus {
    outline: none;
  }
  p {
    margin: 0 0 1rem;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    justify-content: space-between;
    align-items: flex-start;
    margin-bottom: 1rem;
  }
  .exit {
    margin: 0;
    background: var(--wm-self-referral-exit-color, #d5281b);
    box-shadow: 0 4px 0 #6b140e;
  }
  .exit-hint {
    flex-basis: 100%;
    margin: 0;
    font-size: 0.9rem;
  }
  .back {
    display: inline-block;
    margin-bottom: 1rem;
    color: var(--wm-color-link, #005eb8);
  }
  .back::before {
    content: '‹ ';
  }
  .crisis {
    margin: 0 0 1.5rem;
    padding: 1rem;
    border-left: 8px solid var(--wm-self-referral-crisis-color, #d5281b);
    background: #fff;
    outline: 1px solid #d8dde0;
  }
  .crisis h3 {
    font-size: 1.2rem;
  }
  .crisis p {
    margin: 0;
  }
  .notice {
    margin: 0 0 1.5rem;
    padding: 1rem;
    border-left: 8px solid var(--wm-color-primary, #005eb8);
    background: #f0f4f5;
  }
  .hp {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  dd,
  dt {
    overflow-wrap: anywhere;
  }
  @media print {
    .top,
    .back,
    .crisis {
      display: none;
    }
  }
`;
