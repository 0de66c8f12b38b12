import { useId, useRef, useState } from 'react';
import { sketchDrawing, sketchLabel, SKETCH_THUMBNAIL_WIDTH, type SketchDrawing, type SketchShape } from '@preceptor/shared/authoring/targetSketch.ts';
import type { TargetFingerprint } from '@preceptor/shared/schema/targetFingerprint.ts';
import { useEditor } from './editorContext.tsx';

function Box({ shape }: { shape: SketchShape }) {
  return (
    <rect x={shape.x} y={shape.y} width={shape.width} height={shape.height} rx={shape.rx} fill={shape.fill} fillOpacity={shape.fillOpacity}
      stroke={shape.stroke} strokeWidth={shape.strokeWidth} />
  );
}

/** A target's sketch as an SVG image: shapes and our colours from shared/authoring/targetSketch.ts, and its words for screen readers. */
export function TargetSketchImage({ drawing, width }: { drawing: SketchDrawing; width: number }) {
  return (
    <svg role="img" aria-label={drawing.label} viewBox={drawing.viewBox} width={width} height={Math.round(width * drawing.aspect)}
      className="target-sketch-image" data-region="target-sketch" focusable="false">
      {drawing.blocks.map((shape, i) => <Box key={`b${i}`} shape={shape} />)}
      {drawing.dim && <path d={drawing.dim.d} fill={drawing.dim.fill} fillOpacity={drawing.dim.opacity} fillRule="evenodd" />}
      {drawing.front.map((shape, i) => <Box key={`f${i}`} shape={shape} />)}
      {drawing.target.map((shape, i) => <Box key={`t${i}`} shape={shape} />)}
    </svg>
  );
}

/** Width of the sketch after a click on it. */
const LARGE_WIDTH = 480;

/**
 * Beside a target in the editor: where it was on the page when picked (issue 17), ~160 px wide,
 * larger while pointed at or focused. A click opens it at 480 px on a line of its own under the
 * target's line (it pushes the content below down; grown in place it covered the target's label
 * beside it); a click on either, or Esc, closes it and focus goes back to the thumbnail. Nothing
 * for a target without a sketch (picked before, or written by hand). The field places the two
 * parts: the thumbnail beside the label, the large sketch after the target's line.
 */
export function useTargetSketch(target: TargetFingerprint | undefined): { thumbnail: React.ReactNode; large: React.ReactNode } {
  const { t, language } = useEditor();
  const [large, setLarge] = useState(false);
  const panelId = useId();
  const thumbnail = useRef<HTMLButtonElement>(null);
  if (!target?.sketch) return { thumbnail: null, large: null };
  const drawing = sketchDrawing(target.sketch, sketchLabel(target, language));
  const close = () => {
    setLarge(false);
    thumbnail.current?.focus();
  };
  const closeOnEscape = (event: React.KeyboardEvent) => {
    if (event.key !== 'Escape' || !large) return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };
  return {
    thumbnail: (
      <button type="button" ref={thumbnail} className={`target-sketch${large ? ' open' : ''}`} aria-expanded={large} aria-controls={large ? panelId : undefined}
        data-action="toggle-sketch" title={large ? t('sketchShrink') : t('sketchEnlarge')} onClick={() => (large ? close() : setLarge(true))} onKeyDown={closeOnEscape}>
        <TargetSketchImage drawing={drawing} width={SKETCH_THUMBNAIL_WIDTH} />
        <span className="sr-only">{large ? t('sketchShrink') : t('sketchEnlarge')}</span>
      </button>
    ),
    large: large && (
      <div id={panelId} className="target-sketch-large" data-region="target-sketch-large" onKeyDown={closeOnEscape}>
        <button type="button" className="target-sketch" data-action="shrink-sketch" title={t('sketchShrink')} onClick={close}>
          <TargetSketchImage drawing={drawing} width={LARGE_WIDTH} />
          <span className="sr-only">{t('sketchShrink')}</span>
        </button>
      </div>
    ),
  };
}
