/// <reference types="office-js" />
/** The ribbon's function file (required by the manifest); the "Đúng Hạn" button only shows the task pane. */
Office.onReady(() => undefined);
