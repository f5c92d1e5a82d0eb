// xmldom's table of HTML's named character references (the package exports it without types).
declare module '@xmldom/xmldom/lib/entities.js' {
  export const HTML_ENTITIES: Readonly<Record<string, string>>;
}
