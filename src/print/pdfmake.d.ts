/** The part of pdfmake 0.3 numbcheck uses (the package ships no types): fonts, access policies, a document's bytes. */
declare module 'pdfmake' {
  interface PdfMakeDocument {
    getBuffer(): Promise<Uint8Array>;
    getBlob(): Promise<Blob>;
    download(fileName?: string): Promise<void>;
  }
  interface PdfMake {
    addFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void;
    setUrlAccessPolicy(allow: (url: string) => boolean): void;
    setLocalAccessPolicy?(allow: (path: string) => boolean): void;
    createPdf(definition: object): PdfMakeDocument;
  }
  const pdfmake: PdfMake;
  export default pdfmake;
}
