// family: ML.NET
// ML.NET: MLContext, ITransformer, PredictionEngine, estimators and trainers are the model; input and prediction
// classes linked only by [LoadColumn]/[ColumnName]/[VectorType] or VBuffer, IDataView readers and metrics are data.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.ML;
using Microsoft.ML;
using Microsoft.ML.Data;

// ---- What Model Builder generates (SentimentModel.consumption.cs and SentimentModel.training.cs) ----
namespace SentimentApp_WebApi
{
    // expect: report — the generated consumption class: loads the model and holds the PredictionEngine
    public partial class SentimentModel
    {
        // expect: none — generated input schema: [LoadColumn]/[ColumnName] properties only
        public class ModelInput
        {
            [LoadColumn(0)]
            [ColumnName(@"Col0")]
            public string Col0 { get; set; } = "";

            [LoadColumn(1)]
            [ColumnName(@"Label")]
            public float Label { get; set; }
        }

        // expect: none — generated output schema: prediction columns and a score vector
        public class ModelOutput
        {
            [ColumnName(@"Col0")]
            public float[] Col0 { get; set; } = [];

            [ColumnName(@"Label")]
            public uint Label { get; set; }

            [ColumnName(@"Features")]
            public float[] Features { get; set; } = [];

            [ColumnName(@"PredictedLabel")]
            public float PredictedLabel { get; set; }

            [ColumnName(@"Score")]
            public float[] Score { get; set; } = [];
        }

        private static string MLNetModelPath = Path.GetFullPath("SentimentModel.mlnet");

        public static readonly Lazy<PredictionEngine<ModelInput, ModelOutput>> PredictEngine = new(() => CreatePredictEngine(), true);

        private static PredictionEngine<ModelInput, ModelOutput> CreatePredictEngine()
        {
            var mlContext = new MLContext();
            ITransformer mlModel = mlContext.Model.Load(MLNetModelPath, out var _);
            return mlContext.Model.CreatePredictionEngine<ModelInput, ModelOutput>(mlModel);
        }

        public static ModelOutput Predict(ModelInput input) => PredictEngine.Value.Predict(input);
    }

    // expect: report — the generated training part of the same partial class: builds the pipeline
    public partial class SentimentModel
    {
        public static void Train(string outputModelPath, string inputDataFilePath = "data.tsv")
        {
            var mlContext = new MLContext();
            var data = mlContext.Data.LoadFromTextFile<ModelInput>(inputDataFilePath, '\t', hasHeader: false);
            var model = BuildPipeline(mlContext).Fit(data);
            mlContext.Model.Save(model, data.Schema, outputModelPath);
        }

        public static IEstimator<ITransformer> BuildPipeline(MLContext mlContext) =>
            mlContext.Transforms.Text.FeaturizeText(@"Col0", @"Col0")
                .Append(mlContext.Transforms.Concatenate(@"Features", new[] { @"Col0" }))
                .Append(mlContext.BinaryClassification.Trainers.FastTree(labelColumnName: @"Label", featureColumnName: @"Features"));
    }
}

// ---- The older Model Builder layout: DataModels project and ConsumeModel ----
namespace TaxiFareML.Model
{
    // expect: none — generated ModelInput of the older layout: [ColumnName, LoadColumn] fields
    public class ModelInput
    {
        [ColumnName("vendor_id"), LoadColumn(0)]
        public string Vendor_id { get; set; } = "";

        [ColumnName("trip_distance"), LoadColumn(4)]
        public float Trip_distance { get; set; }

        [ColumnName("fare_amount"), LoadColumn(6)]
        public float Fare_amount { get; set; }
    }

    // expect: none — generated ModelOutput of the older layout: the Score column
    public class ModelOutput
    {
        public float Score { get; set; }
    }

    // expect: report — the generated ConsumeModel: lazy PredictionEngine over the saved model
    public class ConsumeModel
    {
        private static readonly Lazy<PredictionEngine<ModelInput, ModelOutput>> PredictionEngine = new(CreatePredictionEngine);

        public static ModelOutput Predict(ModelInput input) => PredictionEngine.Value.Predict(input);

        public static PredictionEngine<ModelInput, ModelOutput> CreatePredictionEngine()
        {
            var mlContext = new MLContext();
            var mlModel = mlContext.Model.Load("MLModel.zip", out _);
            return mlContext.Model.CreatePredictionEngine<ModelInput, ModelOutput>(mlModel);
        }
    }

    // expect: report — the generated ModelBuilder: trains and saves the regression model
    public static class ModelBuilder
    {
        private static readonly MLContext Ml = new(seed: 1);

        public static void CreateModel(string dataPath)
        {
            var data = Ml.Data.LoadFromTextFile<ModelInput>(dataPath, ',', hasHeader: true);
            var pipeline = Ml.Transforms.Concatenate("Features", "trip_distance")
                .Append(Ml.Regression.Trainers.FastTree("fare_amount", "Features"));
            var model = pipeline.Fit(data);
            Ml.Model.Save(model, data.Schema, "MLModel.zip");
        }
    }
}

// ---- Hand-written ML.NET applications ----
namespace IssueTriage
{
    // expect: none — training data row: [LoadColumn] attributes only
    public sealed class GitHubIssue
    {
        [LoadColumn(0)] public string ID { get; set; } = "";
        [LoadColumn(1)] public string Area { get; set; } = "";
        [LoadColumn(2)] public string Title { get; set; } = "";
        [LoadColumn(3)] public string Description { get; set; } = "";
    }

    // expect: none — prediction class: [ColumnName("PredictedLabel")] only
    public sealed class IssuePrediction
    {
        [ColumnName("PredictedLabel")] public string Area { get; set; } = "";
    }

    // expect: none — an image-classification input with [ImageType] and a key column; schema only
    public sealed class ImageData
    {
        [ImageType(224, 224)] public object? Image { get; set; }
        [KeyType(10)] public uint LabelKey { get; set; }
    }

    // expect: none — an embedding row with a VBuffer column; VBuffer is data
    public sealed class EmbeddingRow
    {
        [VectorType(384)] public VBuffer<float> Embedding { get; set; }
        public string Text { get; set; } = "";
    }

    // expect: report — trains the multiclass triage model with MLContext and holds the trained transformer
    public sealed class TriageTrainer
    {
        private readonly MLContext _ml = new(seed: 0);
        private ITransformer? _model;

        public void Train(IEnumerable<GitHubIssue> issues)
        {
            var data = _ml.Data.LoadFromEnumerable(issues);
            var pipeline = _ml.Transforms.Conversion.MapValueToKey("Label", "Area")
                .Append(_ml.Transforms.Text.FeaturizeText("Features", "Title"))
                .Append(_ml.MulticlassClassification.Trainers.SdcaMaximumEntropy())
                .Append(_ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
            _model = pipeline.Fit(data);
        }
    }

    // expect: report — a web API controller that predicts through PredictionEnginePool
    public sealed class TriageController(PredictionEnginePool<GitHubIssue, IssuePrediction> pool)
    {
        public string Predict(GitHubIssue issue) => pool.Predict(modelName: "Triage", example: issue).Area;
    }

    // expect: none — DI wiring of the prediction engine pool; its consumer is reported
    public static class TriageServiceCollectionExtensions
    {
        public static IServiceCollection AddTriageModel(this IServiceCollection services)
        {
            services.AddPredictionEnginePool<GitHubIssue, IssuePrediction>().FromFile("Triage", "triage.zip", watchForChanges: true);
            return services;
        }
    }

    // expect: none — a metrics helper that prints evaluation results; metrics are data
    public static class MetricsPrinter
    {
        public static string Format(CalibratedBinaryClassificationMetrics metrics) => $"Accuracy {metrics.Accuracy:P2}, AUC {metrics.AreaUnderRocCurve:P2}, F1 {metrics.F1Score:P2}";
        public static string Format(MulticlassClassificationMetrics metrics) => $"Micro {metrics.MicroAccuracy:P2}, Macro {metrics.MacroAccuracy:P2}";
        public static string Format(RegressionMetrics metrics) => $"R² {metrics.RSquared:0.###}, RMSE {metrics.RootMeanSquaredError:0.###}";
    }

    // expect: none — reads rows back from an IDataView for a preview grid; a data view is data
    public static class DataPreview
    {
        public static IReadOnlyList<string> Columns(IDataView view) => view.Schema is null ? [] : ["ID", "Area", "Title"];
    }

    // expect: report — evaluates a trained model: it transforms data with the ITransformer
    public sealed class ModelEvaluator(MLContext ml, ITransformer model)
    {
        public CalibratedBinaryClassificationMetrics Evaluate(IDataView test) => ml.BinaryClassification.Evaluate(model.Transform(test));
    }

    // expect: report — a console-style predictor that creates the PredictionEngine per call
    public static class SpamCheck
    {
        public static bool IsSpam(string text)
        {
            var ml = new MLContext();
            var model = ml.Model.Load("spam.zip", out _);
            using var engine = ml.Model.CreatePredictionEngine<SpamInput, SpamPrediction>(model);
            return engine.Predict(new SpamInput { Message = text }).IsSpam;
        }
    }

    // expect: none — spam model input schema
    public sealed class SpamInput
    {
        [LoadColumn(1)] public string Message { get; set; } = "";
    }

    // expect: none — spam model prediction schema
    public sealed class SpamPrediction
    {
        [ColumnName("PredictedLabel")] public bool IsSpam { get; set; }
        public float Probability { get; set; }
    }

    // expect: none — a CSV splitter used before training; plain file handling
    public static class DatasetSplitter
    {
        public static (string[] Train, string[] Test) Split(string[] lines, double testFraction) =>
            (lines.Take((int)(lines.Length * (1 - testFraction))).ToArray(), lines.Skip((int)(lines.Length * (1 - testFraction))).ToArray());
    }
}
