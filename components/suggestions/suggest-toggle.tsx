"use client";

/** The toolbar's "Suggest claims" switch: a pressed button, so its state is announced, not only seen. */
export function SuggestToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  return (
    <button
      type="button"
      className={`button button--quiet suggest-toggle${on ? " is-on" : ""}`}
      aria-pressed={on}
      onClick={() => onChange(!on)}
    >
      <span aria-hidden="true">{on ? "◆ " : "◇ "}</span>Suggest claims
    </button>
  );
}
