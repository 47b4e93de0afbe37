// Stylesheets are extracted by webpack (mini-css-extract-plugin); they export nothing.
declare module "*.css";
