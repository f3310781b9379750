/**
 * Brings a criterion's scorer into view and puts the keyboard on its chosen level (or its first),
 * so "Go to criterion" in a problem list works without a mouse.
 */
export function goToCriterion(criterionId: string) {
  const box = document.getElementById(`criterion-${criterionId}`);
  if (!box) return;
  box.scrollIntoView({ block: 'start' });
  const radio =
    box.querySelector<HTMLInputElement>('input[type="radio"]:checked') ??
    box.querySelector<HTMLInputElement>('input[type="radio"]');
  radio?.focus({ preventScroll: true });
}
