using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using AiCompliance.ModelCards.Formats;
using AiCompliance.ModelCards.Reading;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig;
using YamlDotNet.RepresentationModel;

namespace AiCompliance.ModelCards.Tests;

/// <summary>Generates cards in memory and parses them back, the way their readers would.</summary>
public static class CardFiles
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static IReadOnlyDictionary<string, byte[]> Generate(string assemblyPath, ModelCardOptions? options = null) =>
        Files(assemblyPath, options).ToDictionary(f => f.Name, f => f.Content, StringComparer.Ordinal);

    public static IReadOnlyList<CardFile> Files(string assemblyPath, ModelCardOptions? options = null) =>
        ModelCardGenerator.Generate(AssemblyDeclarationReader.ReadFile(assemblyPath), options ?? new ModelCardOptions());

    /// <summary>
    /// The files <paramref name="formats"/> (by default every format) write for models whose files are named
    /// <paramref name="modelStems"/> in an assembly named <paramref name="assemblyName"/>: each model once per per-model
    /// format, the assembly once per per-assembly format. Ordered ordinally. Scoped formats (the Annex IV draft) are
    /// expected only for <paramref name="scopedStems"/> when given, as the default writes them only where they apply.
    /// </summary>
    public static IReadOnlyList<string> ExpectedNames(IEnumerable<string> modelStems, string assemblyName, IEnumerable<ICardFormat>? formats = null, IEnumerable<string>? scopedStems = null)
    {
        var chosen = (formats ?? CardFormats.All).ToList();
        var scoped = scopedStems?.ToHashSet(StringComparer.Ordinal);
        return modelStems.SelectMany(stem => chosen.OfType<IModelCardFormat>()
                .Where(f => f is not IScopedModelCardFormat || scoped is null || scoped.Contains(stem))
                .Select(f => stem + f.Extension))
            .Concat(chosen.OfType<IAssemblyCardFormat>().Select(f => f.FileName(assemblyName)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The one file of <paramref name="format"/>: for a per-model format, of an assembly with one model.</summary>
    public static byte[] OnlyOf(IEnumerable<CardFile> files, ICardFormat format) => files.Single(f => f.Format == format).Content;

    public static string Text(byte[] content)
    {
        Assert.False(content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF, "Cards are written without a BOM.");
        return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
    }

    /// <summary>Splits a Markdown card into its YAML front matter (parsed) and its body.</summary>
    public static (YamlMappingNode FrontMatter, string Body) SplitMarkdown(string markdown)
    {
        Assert.StartsWith("---\n", markdown, StringComparison.Ordinal);
        var end = markdown.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        Assert.True(end > 0, "The front matter is not closed.");
        var yaml = markdown[4..(end + 1)];
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var document = Assert.Single(stream.Documents);
        return ((YamlMappingNode)document.RootNode, markdown[(end + 5)..]);
    }

    /// <summary>Renders Markdown as GitHub-like renderers do (CommonMark, GFM tables and Markdig's extensions) and parses the HTML.</summary>
    public static IDocument RenderMarkdown(string body) => new HtmlParser().ParseDocument(Markdown.ToHtml(body, Pipeline));

    public static IDocument ParseHtml(string html) => new HtmlParser().ParseDocument(html);

    public static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value!;

    public static YamlNode Get(YamlMappingNode map, string key) => map.Children[new YamlScalarNode(key)];

    /// <summary>Tag names and attribute names, in document order: the shape of a document, without its text.</summary>
    public static IReadOnlyList<string> Shape(IDocument document) =>
        document.All.Select(e => e.LocalName + "[" + string.Join(",", e.Attributes.Select(a => a.Name).Order(StringComparer.Ordinal)) + "]").ToList();

    /// <summary>
    /// The banner of an incomplete card (HTML <c>section#incomplete</c>, or the rendered Markdown's blockquote that starts
    /// with "Incomplete card:"), or null.
    /// </summary>
    public static IElement? Banner(IDocument document) =>
        document.QuerySelector("section#incomplete")
        ?? document.QuerySelectorAll("blockquote").FirstOrDefault(b => b.TextContent.TrimStart().StartsWith("Incomplete card:", StringComparison.Ordinal));

    /// <summary>
    /// <see cref="Shape"/> without the incomplete banner, whose items depend on what the declared text is worth (a
    /// hostile string fails validation where its harmless twin does not). Each item must still be exactly a status in
    /// <c>strong</c> and the reason as text (in <c>bdi</c> in HTML): nothing injected there either.
    /// </summary>
    public static IReadOnlyList<string> ShapeWithoutBanner(IDocument document)
    {
        if (Banner(document) is { } banner)
        {
            foreach (var item in banner.QuerySelectorAll("li"))
            {
                var inside = item.QuerySelectorAll("*").Select(e => e.LocalName).ToList();
                Assert.True(inside.SequenceEqual(["strong"]) || inside.SequenceEqual(["strong", "bdi"]), item.OuterHtml);
            }

            banner.Remove();
        }

        return Shape(document);
    }

    public static string WriteAll(IReadOnlyDictionary<string, byte[]> files, string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var (name, content) in files)
        {
            File.WriteAllBytes(Path.Combine(directory, name), content);
        }

        return directory;
    }
}
