// assembly: Microsoft.ML.OnnxRuntime
namespace Microsoft.ML.OnnxRuntime
{
    public sealed class SessionOptions : System.IDisposable
    {
        public GraphOptimizationLevel GraphOptimizationLevel { get; set; }
        public void AppendExecutionProvider_CUDA(int deviceId = 0) { }
        public static SessionOptions MakeSessionOptionWithCudaProvider(int deviceId = 0) => new();
        public void Dispose() { }
    }
    public enum GraphOptimizationLevel { ORT_DISABLE_ALL, ORT_ENABLE_ALL }
    public sealed class RunOptions : System.IDisposable { public void Dispose() { } }
    public sealed class NodeMetadata { public int[] Dimensions => []; }
    public class NamedOnnxValue
    {
        public string Name => "";
        public static NamedOnnxValue CreateFromTensor<T>(string name, Tensors.Tensor<T> value) => new();
        public Tensors.Tensor<T> AsTensor<T>() => null!;
    }
    public sealed class DisposableNamedOnnxValue : NamedOnnxValue, System.IDisposable { public void Dispose() { } }
    public sealed class OrtValue : System.IDisposable
    {
        public static OrtValue CreateTensorValueFromMemory<T>(T[] data, long[] shape) where T : unmanaged => new();
        public System.ReadOnlySpan<T> GetTensorDataAsSpan<T>() where T : unmanaged => default;
        public void Dispose() { }
    }
    public sealed class InferenceSession : System.IDisposable
    {
        public InferenceSession(string modelPath) { }
        public InferenceSession(string modelPath, SessionOptions options) { }
        public InferenceSession(byte[] model) { }
        public System.Collections.Generic.IReadOnlyDictionary<string, NodeMetadata> InputMetadata => null!;
        public System.Collections.Generic.IReadOnlyDictionary<string, NodeMetadata> OutputMetadata => null!;
        public System.Collections.Generic.IReadOnlyCollection<DisposableNamedOnnxValue> Run(System.Collections.Generic.IReadOnlyCollection<NamedOnnxValue> inputs) => null!;
        public System.Collections.Generic.IReadOnlyList<OrtValue> Run(RunOptions options, System.Collections.Generic.IReadOnlyDictionary<string, OrtValue> inputs, System.Collections.Generic.IReadOnlyCollection<string> outputNames) => null!;
        public void Dispose() { }
    }
}

namespace Microsoft.ML.OnnxRuntime.Tensors
{
    public abstract class Tensor<T> { public T this[params int[] indices] { get => default!; set { } } public System.ReadOnlySpan<int> Dimensions => default; public long Length => 0; }
    public sealed class DenseTensor<T> : Tensor<T>
    {
        public DenseTensor(int[] dimensions) { }
        public DenseTensor(System.Memory<T> memory, System.ReadOnlySpan<int> dimensions) { }
        public System.Memory<T> Buffer => default;
    }
}
