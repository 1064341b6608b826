// assembly: TorchSharp
namespace TorchSharp
{
    public static partial class torch
    {
        public sealed class Tensor : System.IDisposable
        {
            public long[] shape => [];
            public Tensor reshape(params long[] shape) => this;
            public Tensor view(params long[] shape) => this;
            public Tensor to(Device device) => this;
            public Tensor argmax(long dim) => this;
            public Tensor softmax(long dim) => this;
            public float ToSingle() => 0;
            public long ToInt64() => 0;
            public Tensor backward() => this;
            public static Tensor operator +(Tensor left, Tensor right) => left;
            public void Dispose() { }
        }
        public sealed class Device { }
        public static Device CUDA => new();
        public static Device CPU => new();
        public static class cuda { public static bool is_available() => false; }
        public static Tensor tensor(float[] data, long[]? dimensions = null) => new();
        public static Tensor zeros(params long[] size) => new();
        public static Tensor randn(params long[] size) => new();
        public static Tensor cat(System.Collections.Generic.IList<Tensor> tensors, long dim) => new();
        public static System.IDisposable no_grad() => null!;
        public static class nn
        {
            public abstract class Module : System.IDisposable
            {
                protected Module(string name) { }
                public Module to(Device device) => this;
                public Module train(bool on = true) => this;
                public Module eval() => this;
                public void save(string path) { }
                public Module load(string path) => this;
                public System.Collections.Generic.IEnumerable<Modules.Parameter> parameters() => [];
                protected void RegisterComponents() { }
                public void Dispose() { }
            }
            public abstract class Module<T, TResult> : Module
            {
                protected Module(string name) : base(name) { }
                public abstract TResult forward(T input);
                public TResult call(T input) => forward(input);
            }
            public static Modules.Linear Linear(long inputSize, long outputSize, bool hasBias = true) => new();
            public static Modules.Conv2d Conv2d(long inputChannel, long outputChannel, long kernelSize) => new();
            public static Modules.ReLU ReLU() => new();
            public static Modules.Dropout Dropout(double p = 0.5) => new();
            public static Modules.Sequential Sequential(params Module<Tensor, Tensor>[] modules) => new();
            public static Modules.Embedding Embedding(long numEmbeddings, long embeddingDims) => new();
            public static Modules.LayerNorm LayerNorm(long normalizedShape) => new();
            public static Modules.CrossEntropyLoss CrossEntropyLoss() => new();
            public static class functional
            {
                public static Tensor relu(Tensor x) => x;
                public static Tensor gelu(Tensor x) => x;
            }
        }
        public static class optim
        {
            public static Modules.Adam Adam(System.Collections.Generic.IEnumerable<Modules.Parameter> parameters, double lr = 0.001) => new();
        }
    }
}

namespace TorchSharp.Modules
{
    using static TorchSharp.torch;
    public sealed class Parameter { }
    public sealed class Linear() : nn.Module<Tensor, Tensor>("Linear") { public override Tensor forward(Tensor input) => input; }
    public sealed class Conv2d() : nn.Module<Tensor, Tensor>("Conv2d") { public override Tensor forward(Tensor input) => input; }
    public sealed class ReLU() : nn.Module<Tensor, Tensor>("ReLU") { public override Tensor forward(Tensor input) => input; }
    public sealed class Dropout() : nn.Module<Tensor, Tensor>("Dropout") { public override Tensor forward(Tensor input) => input; }
    public sealed class Sequential() : nn.Module<Tensor, Tensor>("Sequential") { public override Tensor forward(Tensor input) => input; }
    public sealed class Embedding() : nn.Module<Tensor, Tensor>("Embedding") { public override Tensor forward(Tensor input) => input; }
    public sealed class LayerNorm() : nn.Module<Tensor, Tensor>("LayerNorm") { public override Tensor forward(Tensor input) => input; }
    public sealed class CrossEntropyLoss { public Tensor call(Tensor input, Tensor target) => input; }
    public sealed class Adam { public void zero_grad() { } public void step() { } }
}
