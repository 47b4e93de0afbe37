/** The decree's page: A4 portrait; margins top and bottom 20 mm, left 30 mm, right 15 mm (1 mm = 56,7 twips). */
export const PAGE = { width: 11906, height: 16838, top: 1134, bottom: 1134, left: 1701, right: 850, header: 567, footer: 567 };

/** The same page for Word's page-setup API, which speaks points (1 pt = 20 twips). */
export const PAGE_POINTS = {
  paperSize: "A4",
  top: PAGE.top / 20,
  bottom: PAGE.bottom / 20,
  left: PAGE.left / 20,
  right: PAGE.right / 20,
} as const;
