// Icons drawn as inline SVG so that nothing is fetched and no icon font is needed.
// Names match content::ICONS in the core; an unknown name draws the "info" icon.
const SVG_NS = "http://www.w3.org/2000/svg";

const PATHS: Record<string, string> = {
  steps: "M4 18h4v-4h4v-4h4V6h4M4 18v2M20 6V4",
  map: "M9 4 3 6v14l6-2 6 2 6-2V4l-6 2-6-2Zm0 0v14m6-12v14",
  compare: "M12 3v18M5 7h5M5 12h5M5 17h5M14 7h5M14 12h5M14 17h5",
  family: "M8 7a2.5 2.5 0 1 0 0-.01M16 8a2 2 0 1 0 0-.01M3 20v-3a5 5 0 0 1 10 0v3M13 20v-2a3.5 3.5 0 0 1 7 0v2",
  shield: "M12 3 4 6v6c0 4.5 3.4 8.2 8 9 4.6-.8 8-4.5 8-9V6l-8-3Z",
  us: "M4 21V4M4 4h13l-2 4 2 4H4",
  scale: "M12 4v16M6 20h12M5 8h14M5 8l-3 6a3 3 0 0 0 6 0L5 8Zm14 0-3 6a3 3 0 0 0 6 0l-3-6Z",
  help: "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm-2.5-12a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14m0 3v.01",
  book: "M4 5a2 2 0 0 1 2-2h13v16H6a2 2 0 0 0-2 2V5Zm0 16a2 2 0 0 1 2-2h13",
  info: "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm0-10v6m0-9v.01",
  globe: "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM3 12h18M12 3c2.5 2.5 3.8 5.5 3.8 9s-1.3 6.5-3.8 9c-2.5-2.5-3.8-5.5-3.8-9S9.5 5.5 12 3Z",
  back: "M15 5 8 12l7 7",
  warning: "M12 4 2 20h20L12 4Zm0 6v4m0 3v.01",
  exit: "M15 4h4v16h-4M10 8l-4 4 4 4M6 12h10",
  search: "M10.5 17a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13Zm4.6-1.9L20 20",
  // Read aloud: listen, play, pause, stop.
  speaker: "M4 9v6h4l5 4V5L8 9H4Zm12.5-.5a5 5 0 0 1 0 7M19 6a8.5 8.5 0 0 1 0 12",
  play: "M7 4v16l13-8L7 4Z",
  pause: "M7 4h3v16H7V4Zm7 0h3v16h-3V4Z",
  stop: "M6 6h12v12H6V6Z",
  menu: "M4 6h16M4 12h16M4 18h16",
  lock: "M6 11h12v10H6V11Zm2 0V8a4 4 0 0 1 8 0v3",
  bell: "M6 16V11a6 6 0 0 1 12 0v5l2 2H4l2-2Zm4 4h4",
};

export function icon(name: string): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  svg.classList.add("icon");
  const path = document.createElementNS(SVG_NS, "path");
  path.setAttribute("d", PATHS[name] ?? PATHS.info);
  svg.append(path);
  return svg;
}
