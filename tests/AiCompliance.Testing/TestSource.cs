namespace AiCompliance.Testing;

/// <summary>A source file of a test, in markup, at a path under <c>/0/</c> so that <c>/0/.editorconfig</c> applies.</summary>
public sealed record TestSource(string Path, string Markup)
{
    public static TestSource Numbered(int index, string markup) => new($"/0/Test{index}.cs", markup);
}
