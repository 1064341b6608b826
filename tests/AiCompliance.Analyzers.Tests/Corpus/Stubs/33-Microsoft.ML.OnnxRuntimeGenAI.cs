// assembly: Microsoft.ML.OnnxRuntimeGenAI
namespace Microsoft.ML.OnnxRuntimeGenAI
{
    public sealed class Model(string modelPath) : System.IDisposable { public void Dispose() { } }
    public sealed class Tokenizer(Model model) : System.IDisposable
    {
        public Sequences Encode(string text) => new();
        public string Decode(System.ReadOnlySpan<int> tokens) => "";
        public TokenizerStream CreateStream() => new();
        public void Dispose() { }
    }
    public sealed class TokenizerStream : System.IDisposable { public string Decode(int token) => ""; public void Dispose() { } }
    public sealed class Sequences : System.IDisposable { public System.ReadOnlySpan<int> this[ulong index] => default; public void Dispose() { } }
    public sealed class GeneratorParams(Model model) : System.IDisposable { public void SetSearchOption(string name, double value) { } public void Dispose() { } }
    public sealed class Generator(Model model, GeneratorParams generatorParams) : System.IDisposable
    {
        public bool IsDone() => true;
        public void AppendTokenSequences(Sequences sequences) { }
        public void GenerateNextToken() { }
        public System.ReadOnlySpan<int> GetSequence(ulong index) => default;
        public void Dispose() { }
    }
}
