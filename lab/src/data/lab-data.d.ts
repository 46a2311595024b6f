// The module lab/build/lab-data-plugin.ts writes at build time.
declare module 'virtual:lab-data' {
  /** A labelled data set: the book's rows (features, then the class index). */
  interface LabTable {
    featureNames: string[];
    classNames: string[];
    rows: number[][];
  }
  const data: {
    /** The Theory on Learning chapter's four points. */
    fourPoints: { inputs: number[][]; targets: number[][] };
    /** Its 100 points around y = x, from Random(42). */
    hundredPoints: { inputs: number[][]; targets: number[][] };
    xor: number[][];
    binaryToDecimal: number[][];
    iris: LabTable;
    twoClass: LabTable;
  };
  export default data;
}
