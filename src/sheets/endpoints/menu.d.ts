export declare const MENU_ITEMS: readonly [
  {
    readonly caption: 'Open growth planner';
    readonly functionName: 'showPlanner';
  },
  {
    readonly caption: 'Set up growth plan';
    readonly functionName: 'setUpGrowthPlan';
  },
  {
    readonly caption: 'Generate action plan';
    readonly functionName: 'generateActionPlan';
  },
  {
    readonly caption: 'Help';
    readonly functionName: 'showHelp';
  },
];
/**
 * Adds the add-on menu. Safe in AuthMode.NONE (a document where the add-on is installed but not
 * yet used): it touches nothing but the menu.
 */
export declare function onOpen(_e?: unknown): void;
export declare function onInstall(e?: unknown): void;
export declare function showPlanner(): void;
export declare function showHelp(): void;
