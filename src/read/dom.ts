/** The few DOM members the web-page reader uses (the project compiles without the DOM library). */
export interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  textContent: string | null;
  lastChild: DomNode | null;
  previousSibling: DomNode | null;
  nextSibling: DomNode | null;
  parentElement: DomElement | null;
  isConnected: boolean;
  cloneNode(deep: boolean): DomNode;
}
export interface DomElement extends DomNode {
  tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
  getElementsByTagName(name: string): { length: number };
  closest(selector: string): DomElement | null;
  remove(): void;
}
export interface DomDocument extends DomElement {
  body: DomElement | null;
  documentElement: DomElement;
  title: string;
}
