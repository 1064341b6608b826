// family: ONNX Runtime
// ONNX Runtime and ONNX Runtime GenAI: InferenceSession, Model and Generator hold a model; tensors, OrtValue,
// NamedOnnxValue and session options are inputs, outputs and configuration.
using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Microsoft.ML.OnnxRuntimeGenAI;

namespace Vision.Onnx
{
    // expect: report — holds the InferenceSession of a ResNet classifier
    public sealed class ImageClassifier : IDisposable
    {
        private readonly InferenceSession _session = new("resnet50.onnx");

        public int Classify(DenseTensor<float> pixels)
        {
            using var results = (IDisposable)_session.Run([NamedOnnxValue.CreateFromTensor("data", pixels)]);
            return 0;
        }

        public void Dispose() => _session.Dispose();
    }

    // expect: report — creates a GPU session in a factory method
    public static class SessionFactory
    {
        public static InferenceSession CreateGpu(string path)
        {
            using var options = SessionOptions.MakeSessionOptionWithCudaProvider(0);
            options.GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL;
            return new InferenceSession(path, options);
        }
    }

    // expect: report — runs a BERT-style embedding model with OrtValue inputs
    public sealed class SentenceEmbedder(InferenceSession session)
    {
        public float[] Embed(long[] tokens)
        {
            using var input = OrtValue.CreateTensorValueFromMemory(tokens, [1, tokens.Length]);
            using var runOptions = new RunOptions();
            var outputs = session.Run(runOptions, new Dictionary<string, OrtValue> { ["input_ids"] = input }, ["last_hidden_state"]);
            return outputs[0].GetTensorDataAsSpan<float>().ToArray();
        }
    }

    // expect: report — reads the model's input metadata to size buffers: it holds the session
    public sealed class ModelInspector(InferenceSession session)
    {
        public int[] InputShape(string name) => session.InputMetadata[name].Dimensions;
    }

    // expect: none — converts an RGB byte image into a normalised tensor; tensors are data
    public static class ImagePreprocessor
    {
        public static DenseTensor<float> ToTensor(byte[] rgb, int width, int height)
        {
            var tensor = new DenseTensor<float>([1, 3, height, width]);
            for (var i = 0; i < width * height; i++)
            {
                tensor[0, 0, i / width, i % width] = rgb[i * 3] / 255f;
            }

            return tensor;
        }
    }

    // expect: none — turns output logits into labels; post-processing of a tensor
    public static class SoftmaxPostprocessor
    {
        public static (int Index, float Score) Top(Tensor<float> logits)
        {
            var values = Enumerable.Range(0, (int)logits.Length).Select(i => logits[0, i]).ToArray();
            var max = values.Max();
            return (Array.IndexOf(values, max), max);
        }
    }

    // expect: none — builds the named inputs of a run; NamedOnnxValue is data
    public static class InputBuilder
    {
        public static List<NamedOnnxValue> For(DenseTensor<float> image) => [NamedOnnxValue.CreateFromTensor("input", image)];
    }

    // expect: none — session options profile: execution provider and optimisation level
    public sealed class OnnxOptionsProfile
    {
        public GraphOptimizationLevel Level { get; set; } = GraphOptimizationLevel.ORT_ENABLE_ALL;
        public bool UseCuda { get; set; }
    }

    // expect: none — a detection result DTO (box and label)
    public sealed record Detection(string Label, float Confidence, float X, float Y, float Width, float Height);

    // expect: none — non-maximum suppression over detections; plain maths
    public static class NonMaximumSuppression
    {
        public static IEnumerable<Detection> Apply(IEnumerable<Detection> detections, float threshold) =>
            detections.OrderByDescending(d => d.Confidence).Where(d => d.Confidence >= threshold);
    }

    // expect: report — a YOLO detector that owns its session and post-processes the output
    public sealed class YoloDetector(string modelPath) : IDisposable
    {
        private readonly InferenceSession _session = new(modelPath);

        public IReadOnlyList<Detection> Detect(DenseTensor<float> image)
        {
            var outputs = _session.Run(InputBuilder.For(image));
            return outputs.Count == 0 ? [] : [new Detection("person", 0.9f, 0, 0, 1, 1)];
        }

        public void Dispose() => _session.Dispose();
    }

    // expect: none — the interface the app codes against; the YOLO implementation is reported once
    public interface IObjectDetector
    {
        IReadOnlyList<Detection> Detect(byte[] image);
    }

    // expect: report — implements IObjectDetector by running an InferenceSession built from bytes
    public sealed class EmbeddedModelDetector(byte[] modelBytes) : IObjectDetector
    {
        private readonly InferenceSession _session = new(modelBytes);

        public IReadOnlyList<Detection> Detect(byte[] image) => _session.Run([]).Count > 0 ? [] : [];
    }
}

namespace Vision.GenAI
{
    // expect: report — runs a Phi model with ONNX Runtime GenAI: Model, Tokenizer and Generator
    public sealed class PhiChat : IDisposable
    {
        private readonly Model _model = new("phi-3-mini");
        private readonly Microsoft.ML.OnnxRuntimeGenAI.Tokenizer _tokenizer;

        public PhiChat() => _tokenizer = new Microsoft.ML.OnnxRuntimeGenAI.Tokenizer(_model);

        public string Complete(string prompt)
        {
            using var sequences = _tokenizer.Encode(prompt);
            using var parameters = new GeneratorParams(_model);
            parameters.SetSearchOption("max_length", 256);
            using var generator = new Generator(_model, parameters);
            generator.AppendTokenSequences(sequences);
            while (!generator.IsDone())
            {
                generator.GenerateNextToken();
            }

            return _tokenizer.Decode(generator.GetSequence(0));
        }

        public void Dispose() => _model.Dispose();
    }

    // expect: none — generation settings as configuration values
    public sealed class GenerationSettings
    {
        public int MaxLength { get; set; } = 256;
        public double Temperature { get; set; } = 0.7;
    }

    // expect: none — a prompt formatter for the Phi chat template; plain strings
    public static class PhiPromptFormat
    {
        public static string User(string text) => $"<|user|>\n{text}<|end|>\n<|assistant|>";
    }
}
