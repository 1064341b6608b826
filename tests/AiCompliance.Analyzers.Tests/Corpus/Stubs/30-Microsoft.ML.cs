// assembly: Microsoft.ML
namespace Microsoft.ML
{
    public interface IDataView { DataViewSchema Schema { get; } }
    public sealed class DataViewSchema { }
    public interface ITransformer { IDataView Transform(IDataView input); }
    public interface IEstimator<out TTransformer> where TTransformer : ITransformer { TTransformer Fit(IDataView input); }
    public sealed class EstimatorChain<TLastTransformer> : IEstimator<TransformerChain<TLastTransformer>> where TLastTransformer : class, ITransformer
    {
        public EstimatorChain<TNew> Append<TNew>(IEstimator<TNew> estimator) where TNew : class, ITransformer => new();
        public TransformerChain<TLastTransformer> Fit(IDataView input) => new();
    }
    public sealed class TransformerChain<TLastTransformer> : ITransformer where TLastTransformer : class, ITransformer
    {
        public TLastTransformer LastTransformer => null!;
        public IDataView Transform(IDataView input) => input;
    }
    public static class EstimatorExtensions
    {
        public static EstimatorChain<TTrans> Append<TTrans>(this IEstimator<ITransformer> start, IEstimator<TTrans> estimator) where TTrans : class, ITransformer => new();
    }
    public sealed class MLContext
    {
        public MLContext(int? seed = null) { }
        public DataOperationsCatalog Data { get; } = new();
        public TransformsCatalog Transforms { get; } = new();
        public BinaryClassificationCatalog BinaryClassification { get; } = new();
        public MulticlassClassificationCatalog MulticlassClassification { get; } = new();
        public RegressionCatalog Regression { get; } = new();
        public ModelOperationsCatalog Model { get; } = new();
    }
    public sealed class DataOperationsCatalog
    {
        public IDataView LoadFromTextFile<TInput>(string path, char separatorChar = '\t', bool hasHeader = false) => null!;
        public IDataView LoadFromEnumerable<TRow>(System.Collections.Generic.IEnumerable<TRow> data) where TRow : class => null!;
        public TrainTestData TrainTestSplit(IDataView data, double testFraction = 0.1) => new();
        public System.Collections.Generic.IEnumerable<TRow> CreateEnumerable<TRow>(IDataView data, bool reuseRowObject) where TRow : class, new() => [];
        public readonly struct TrainTestData { public IDataView TrainSet => null!; public IDataView TestSet => null!; }
    }
    public sealed class TransformsCatalog
    {
        public TextCatalog Text { get; } = new();
        public IEstimator<ITransformer> Concatenate(string outputColumnName, params string[] inputColumnNames) => null!;
        public IEstimator<ITransformer> NormalizeMinMax(string outputColumnName, string? inputColumnName = null) => null!;
        public ConversionsCatalog Conversion { get; } = new();
        public sealed class TextCatalog { public IEstimator<ITransformer> FeaturizeText(string outputColumnName, string? inputColumnName = null) => null!; }
        public sealed class ConversionsCatalog
        {
            public IEstimator<ITransformer> MapValueToKey(string outputColumnName, string? inputColumnName = null) => null!;
            public IEstimator<ITransformer> MapKeyToValue(string outputColumnName, string? inputColumnName = null) => null!;
        }
    }
    public sealed class BinaryClassificationCatalog
    {
        public BinaryClassificationTrainers Trainers { get; } = new();
        public Data.CalibratedBinaryClassificationMetrics Evaluate(IDataView data, string labelColumnName = "Label") => new();
        public sealed class BinaryClassificationTrainers
        {
            public IEstimator<ITransformer> SdcaLogisticRegression(string labelColumnName = "Label", string featureColumnName = "Features") => null!;
            public IEstimator<ITransformer> FastTree(string labelColumnName = "Label", string featureColumnName = "Features") => null!;
        }
    }
    public sealed class MulticlassClassificationCatalog
    {
        public MulticlassClassificationTrainers Trainers { get; } = new();
        public Data.MulticlassClassificationMetrics Evaluate(IDataView data, string labelColumnName = "Label") => new();
        public sealed class MulticlassClassificationTrainers
        {
            public IEstimator<ITransformer> SdcaMaximumEntropy(string labelColumnName = "Label", string featureColumnName = "Features") => null!;
        }
    }
    public sealed class RegressionCatalog
    {
        public RegressionTrainers Trainers { get; } = new();
        public Data.RegressionMetrics Evaluate(IDataView data, string labelColumnName = "Label") => new();
        public sealed class RegressionTrainers
        {
            public IEstimator<ITransformer> FastTree(string labelColumnName = "Label", string featureColumnName = "Features") => null!;
        }
    }
    public sealed class ModelOperationsCatalog
    {
        public ITransformer Load(string filePath, out DataViewSchema inputSchema) { inputSchema = new(); return null!; }
        public void Save(ITransformer model, DataViewSchema inputSchema, string filePath) { }
        public PredictionEngine<TSrc, TDst> CreatePredictionEngine<TSrc, TDst>(ITransformer transformer) where TSrc : class where TDst : class, new() => new();
    }
    public sealed class PredictionEngine<TSrc, TDst> : System.IDisposable where TSrc : class where TDst : class, new()
    {
        public TDst Predict(TSrc example) => new();
        public void Dispose() { }
    }
}

namespace Microsoft.ML.Data
{
    [System.AttributeUsage(System.AttributeTargets.Field | System.AttributeTargets.Property)]
    public sealed class LoadColumnAttribute : System.Attribute { public LoadColumnAttribute(int fieldIndex) { } }
    [System.AttributeUsage(System.AttributeTargets.Field | System.AttributeTargets.Property)]
    public sealed class ColumnNameAttribute(string name) : System.Attribute { }
    [System.AttributeUsage(System.AttributeTargets.Field | System.AttributeTargets.Property)]
    public sealed class VectorTypeAttribute(params int[] dimensions) : System.Attribute { }
    [System.AttributeUsage(System.AttributeTargets.Field | System.AttributeTargets.Property)]
    public sealed class KeyTypeAttribute(ulong count) : System.Attribute { }
    [System.AttributeUsage(System.AttributeTargets.Field | System.AttributeTargets.Property)]
    public sealed class ImageTypeAttribute(int height, int width) : System.Attribute { }
    public readonly struct VBuffer<T> { public int Length => 0; public System.ReadOnlySpan<T> GetValues() => default; }
    public class BinaryClassificationMetrics { public double Accuracy => 0; public double AreaUnderRocCurve => 0; public double F1Score => 0; }
    public sealed class CalibratedBinaryClassificationMetrics : BinaryClassificationMetrics { public double LogLoss => 0; }
    public sealed class MulticlassClassificationMetrics { public double MicroAccuracy => 0; public double MacroAccuracy => 0; }
    public sealed class RegressionMetrics { public double RSquared => 0; public double RootMeanSquaredError => 0; }
}
