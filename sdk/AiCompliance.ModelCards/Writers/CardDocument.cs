using System.Collections.Generic;
using AiCompliance.ModelCards.Cards;

namespace AiCompliance.ModelCards.Writers;

// The human-readable card as a small tree of blocks. The Markdown and HTML writers render the same tree, so the two
// formats cannot drift apart; each renderer escapes every piece of text for its own syntax.

/// <summary>How a run of text is shown.</summary>
internal enum TextStyle
{
    /// <summary>Text the generator wrote.</summary>
    Plain,

    /// <summary>Text from a declaration: escaped like all text, and isolated for bidirectional display in HTML.</summary>
    User,

    Emphasis,
    Strong,
}

/// <summary>A run of text with one style.</summary>
internal readonly struct Run
{
    public Run(string text, TextStyle style)
    {
        Text = text;
        Style = style;
    }

    public string Text { get; }

    public TextStyle Style { get; }

    public static Run Plain(string text) => new(text, TextStyle.Plain);

    public static Run User(string text) => new(text, TextStyle.User);
}

internal abstract class Block
{
}

internal sealed class Heading : Block
{
    public Heading(int level, string text, string id)
    {
        Level = level;
        Text = text;
        Id = id;
    }

    public int Level { get; }

    /// <summary>Heading text; may contain user text (the model's name), so it is escaped like any other.</summary>
    public string Text { get; }

    /// <summary>A stable anchor for HTML; generated, never user text.</summary>
    public string Id { get; }
}

internal sealed class Paragraph : Block
{
    public Paragraph(params Run[] runs) => Runs = runs;

    public IReadOnlyList<Run> Runs { get; }
}

/// <summary>A note shown apart from the text (a blockquote in Markdown).</summary>
internal sealed class Note : Block
{
    public Note(params Run[] runs) => Runs = runs;

    public IReadOnlyList<Run> Runs { get; }
}

/// <summary>
/// A warning shown first, before anything the card declares (a blockquote in Markdown, a framed section in HTML): a
/// summary line and one item per problem.
/// </summary>
internal sealed class Banner : Block
{
    public Banner(string id, IReadOnlyList<Run> summary, IReadOnlyList<IReadOnlyList<Run>> items)
    {
        Id = id;
        Summary = summary;
        Items = items;
    }

    /// <summary>A stable anchor and CSS class for HTML; generated, never user text.</summary>
    public string Id { get; }

    public IReadOnlyList<Run> Summary { get; }

    public IReadOnlyList<IReadOnlyList<Run>> Items { get; }
}

/// <summary>Label: value lines, the Hugging Face card's "- **Model type:** …" lists.</summary>
internal sealed class FactList : Block
{
    public FactList(IReadOnlyList<Fact> facts) => Facts = facts;

    public IReadOnlyList<Fact> Facts { get; }
}

internal readonly struct Fact
{
    public Fact(string label, Run value)
    {
        Label = label;
        Value = value;
    }

    public string Label { get; }

    public Run Value { get; }
}

internal sealed class BulletList : Block
{
    public BulletList(IReadOnlyList<Run> items) => Items = items;

    public IReadOnlyList<Run> Items { get; }
}

internal sealed class Table : Block
{
    public Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<Cell>> rows, string? cssClass = null)
    {
        Headers = headers;
        Rows = rows;
        CssClass = cssClass;
    }

    public IReadOnlyList<string> Headers { get; }

    public IReadOnlyList<IReadOnlyList<Cell>> Rows { get; }

    /// <summary>A generated class name for HTML styling.</summary>
    public string? CssClass { get; }
}

internal readonly struct Cell
{
    public Cell(Run text, string? status = null, bool numeric = false)
    {
        Text = text;
        Status = status;
        Numeric = numeric;
    }

    public Run Text { get; }

    /// <summary>A compliance or threshold status token for HTML colouring ("declared", "missing", …); generated.</summary>
    public string? Status { get; }

    public bool Numeric { get; }

    public static implicit operator Cell(Run run) => new(run);
}

/// <summary>A horizontal bar chart; HTML draws it as inline SVG, Markdown relies on the table next to it.</summary>
internal sealed class BarChart : Block
{
    public BarChart(string title, IReadOnlyList<Bar> bars, bool higherIsBetter, string? metric = null)
    {
        Title = title;
        Bars = bars;
        HigherIsBetter = higherIsBetter;
        ScaleKey = metric ?? title;
    }

    /// <summary>The chart's accessible title; may hold user text (the metric's name).</summary>
    public string Title { get; }

    /// <summary>Charts with the same key (the metric) share one scale across the card, so their bars compare.</summary>
    public string ScaleKey { get; }

    public IReadOnlyList<Bar> Bars { get; }

    public bool HigherIsBetter { get; }
}

internal readonly struct Bar
{
    public Bar(string label, double? value, double? threshold, bool? meets)
    {
        Label = label;
        Value = value;
        Threshold = threshold;
        Meets = meets;
    }

    public string Label { get; }

    public double? Value { get; }

    public double? Threshold { get; }

    public bool? Meets { get; }
}

/// <summary>A card as blocks, with the title the page and the first heading carry.</summary>
internal sealed class CardDocument
{
    public CardDocument(ModelCard card, string title, IReadOnlyList<Block> blocks)
    {
        Card = card;
        Title = title;
        Blocks = blocks;
    }

    public ModelCard Card { get; }

    public string Title { get; }

    public IReadOnlyList<Block> Blocks { get; }
}
