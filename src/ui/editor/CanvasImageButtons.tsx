import { useReactFlow } from '@xyflow/react';
import { useState } from 'react';
import { downloadFile } from '../controls/download';
import { canvasImage, type ImageFormat } from './canvas/canvas-image';
import { useEditor, useEditorStore } from './editor-context';
import { useEditorMessages } from './messages';

const TYPES: Record<ImageFormat, string> = { png: 'image/png', svg: 'image/svg+xml' };

export interface CanvasImage {
  save: (format: ImageFormat) => Promise<void>;
  busy: boolean;
  /** Why the last image could not be made, in the user's language. */
  failed: string | null;
}

/** Saving the whole canvas as a picture; kept by the toolbar, so a failure outlives the menu it was chosen from. */
export function useCanvasImage(): CanvasImage {
  const m = useEditorMessages();
  const store = useEditorStore();
  const { getNodes } = useReactFlow();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const save = async (format: ImageFormat) => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    if (!viewport) return;
    setBusy(true);
    setFailed(null);
    try {
      downloadFile(
        `${store.planId}.${format}`,
        await canvasImage(viewport, getNodes(), format),
        TYPES[format],
      );
    } catch (error) {
      setFailed(m.imageFailed(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  };
  return { save, busy, failed };
}

/** Save the whole canvas as a picture (PNG) or a drawing (SVG); only while the canvas is shown. */
export function CanvasImageButtons({ image }: { image: CanvasImage }) {
  const m = useEditorMessages();
  const onCanvas = useEditor((s) => s.view === 'canvas');
  return (['png', 'svg'] as const).map((format) => (
    <button
      key={format}
      type="button"
      className="button"
      disabled={!onCanvas || image.busy}
      onClick={() => void image.save(format)}
    >
      {m.saveImage[format]}
    </button>
  ));
}
