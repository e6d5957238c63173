package app.digitpad.inference;

/**
 * How a model did on a labelled set: overall and per true class, with the confusion matrix
 * ({@code confusion[actual][predicted]}) that error analysis is built on.
 */
public record EvaluationReport(int count, double accuracy, double loss, double[] perClass, int[][] confusion) {
}
