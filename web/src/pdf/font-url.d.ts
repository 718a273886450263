/** A font file's address in the build, as Vite gives it for `?url`. */
declare module '*.ttf?url' {
  const url: string;
  export default url;
}
