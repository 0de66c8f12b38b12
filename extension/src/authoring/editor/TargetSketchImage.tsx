import { useState } from 'react';
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
 * larger while pointed at or focused, and large after a click (again: small). Nothing for a target
 * without a sketch (picked before, or written by hand).
 */
export function TargetSketchThumbnail({ target }: { target: TargetFingerprint }) {
  const { t, language } = useEditor();
  const [large, setLarge] = useState(false);
  if (!target.sketch) return null;
  const drawing = sketchDrawing(target.sketch, sketchLabel(target, language));
  return (
    <button type="button" className={`target-sketch${large ? ' large' : ''}`} aria-pressed={large} data-action="toggle-sketch"
      title={large ? t('sketchShrink') : t('sketchEnlarge')} onClick={() => setLarge(!large)}>
      <TargetSketchImage drawing={drawing} width={large ? LARGE_WIDTH : SKETCH_THUMBNAIL_WIDTH} />
      <span className="sr-only">{large ? t('sketchShrink') : t('sketchEnlarge')}</span>
    </button>
  );
}
