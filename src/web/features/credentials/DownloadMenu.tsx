import { useEffect, useId, useRef, useState } from 'react';
import type { MyCredentialView } from '../../api/types.js';
import { buttonClass } from '../../components/Button.js';
import { Icon } from '../../components/Icon.js';

type FileLink = { href: string; label: string; hint: string };

/** Every format a credential is offered in, with what each is for. */
export function credentialFiles(files: MyCredentialView['files']): FileLink[] {
  const out: FileLink[] = [
    { href: files.json, label: 'JSON (Open Badges 3.0)', hint: 'Signed credential with an embedded proof' },
  ];
  if (files.jwt) out.push({ href: files.jwt, label: 'VC-JWT', hint: 'The same credential as a signed JWT' });
  out.push(
    { href: files.png, label: 'PNG badge', hint: 'Image with the credential baked in' },
    { href: files.svg, label: 'SVG badge', hint: 'Vector image with the credential baked in' },
    { href: files.ob2, label: 'Open Badges 2.0', hint: 'For older backpacks and LMSs' },
  );
  return out;
}

/**
 * "Download ▾": a disclosure button opening a short list of links. Escape or a click elsewhere
 * closes it and focus returns to the button.
 */
export function DownloadMenu({ title, files }: { title: string; files: MyCredentialView['files'] }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div ref={rootRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        className={buttonClass('secondary', 'sm')}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((v) => !v)}
      >
        <Icon name="download" className="h-4 w-4" /> Download
        <span className="sr-only"> {title}</span>
        <Icon name={open ? 'chevronUp' : 'chevronDown'} className="h-4 w-4" />
      </button>
      <div
        id={id}
        hidden={!open}
        className="absolute left-0 z-20 mt-1 w-64 sm:right-0 sm:left-auto max-w-[calc(100vw-2rem)] rounded-md border border-slate-200 bg-white py-1 shadow-lg"
      >
        <ul aria-label={`Download formats for ${title}`}>
          {credentialFiles(files).map((f) => (
            <li key={f.href}>
              <a
                href={f.href}
                download
                onClick={() => setOpen(false)}
                className="block px-3 py-2 text-slate-900 no-underline hover:bg-slate-50 hover:no-underline focus-visible:bg-slate-50"
              >
                <span className="block text-sm font-medium">{f.label}</span>
                <span className="block text-xs text-slate-600">{f.hint}</span>
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
