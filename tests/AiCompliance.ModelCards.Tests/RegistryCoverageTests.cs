using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AiCompliance.ModelCards.Diffing;
using AiCompliance.ModelCards.Formats;
using AiCompliance.ModelCards.Reading;
using AiCompliance.Policy;
using AiCompliance.Policy.Declarations;

namespace AiCompliance.ModelCards.Tests;

/// <summary>
/// Pins every card format and the diff to the declaration registry, whether a declaration has a bespoke layout or the
/// generic one: a property added to an SDK attribute (and its registry entry) that a card or the diff leaves out fails here.
/// </summary>
public sealed class RegistryCoverageTests
{
    // What a format leaves out on purpose, with the reason. Anything else missing is a property the writer forgot.
    private static readonly Dictionary<string, string[]> LeftOut = new(StringComparer.Ordinal)
    {
        // The component is named by the model id; the model's name only stands in for a missing description.
        [CardFormats.CycloneDx.Name] = new[] { "AiModel.Name" },
    };

    // The Annex IV draft carries what Annex IV asks for, not every declaration; AnnexIvDraftTests covers it.
    public static TheoryData<string> Formats() => new(CardFormats.All.Where(f => f is not IScopedModelCardFormat).Select(f => f.Name));

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_text_property_of_a_model_or_its_dataset_reaches_the_card(string formatName)
    {
        var format = CardFormats.Find(formatName)!;
        var card = Encoding.UTF8.GetString(CardFiles.OnlyOf(ModelCardGenerator.Generate(Scanned(Marked("card")), new ModelCardOptions()), format));

        // Risk acceptances print only while active on the card's date; RiskAcceptanceCardTests covers them. The
        // evaluation's dataset is replaced by the declared dataset's id, which is checked as Dataset.Id.
        var missing = TextProperties()
            .Where(p => p.Kind != DeclarationKinds.RiskAcceptance && !(p.Kind == DeclarationKinds.Evaluation && p.Property.Name == "Dataset"))
            .Where(p => !card.Contains(Marker(IdentifiesTheDeclaration(p.Kind, p.Property) ? "key" : "card", p.Kind, p.Property), StringComparison.Ordinal))
            .Select(p => p.Kind.ShortName + "." + p.Property.Name)
            .ToList();

        Assert.Equal(LeftOut.TryGetValue(format.Name, out var leftOut) ? leftOut : Array.Empty<string>(), missing);
    }

    [Fact]
    public void Every_property_of_a_model_level_declaration_is_compared_by_the_diff()
    {
        var result = GovernanceDiff.Compare("old.dll", Scanned(Marked("old")), "new.dll", Scanned(Marked("new")));

        var compared = new HashSet<string>(result.Changes.Select(c => c.Declaration + "." + c.Property), StringComparer.Ordinal);
        var missing = DeclarationKinds.All
            .Where(k => k.Scope == DeclarationScope.Model)
            .SelectMany(k => k.Properties.Select(p => (Kind: k, Property: p)))
            .Where(p => !IdentifiesTheDeclaration(p.Kind, p.Property))
            .Select(p => p.Kind.ShortName + "." + p.Property.Name)
            .Where(name => !compared.Contains(name))
            .ToList();

        Assert.Empty(missing);
    }

    // Properties that pair old and new declarations (or the model) instead of being compared once paired.
    private static bool IdentifiesTheDeclaration(DeclarationKind kind, DeclarationProperty property) => (kind.ShortName, property.Name) switch
    {
        ("AiModel", "Id") => true,
        ("KnownLimitation", "Description") => true,
        // One notice per language: the language pairs an old notice with the new one.
        ("AiDisclosure", "Language") => true,
        ("Evaluation", "Metric" or "Dataset" or "Slice") => true,
        ("FairnessAssessment", "ProtectedAttribute" or "Metric") => true,
        ("DataTransfer", "FromRegion" or "ToRegion") => true,
        ("Dataset", "Id") => true,
        _ => false,
    };

    private static IEnumerable<(DeclarationKind Kind, DeclarationProperty Property)> TextProperties() =>
        DeclarationKinds.All.SelectMany(k => k.Properties.Where(p => p.Shape == PropertyShape.Text).Select(p => (Kind: k, Property: p)));

    private static string Marker(string version, DeclarationKind kind, DeclarationProperty property) =>
        "m" + version + kind.ShortName + property.Name;

    /// <summary>Every attribute, every property set: text to a marker, numbers and enums to values that differ per version.</summary>
    private static (ModelDeclarations Model, DatasetDeclaration Dataset) Marked(string version)
    {
        var step = version == "old" ? 1 : 2;
        RawDeclaration Raw(DeclarationKind kind)
        {
            var named = new List<KeyValuePair<string, object?>>();
            foreach (var property in kind.Properties)
            {
                object? value = property.Shape switch
                {
                    PropertyShape.Text => Marker(IdentifiesTheDeclaration(kind, property) ? "key" : version, kind, property),
                    PropertyShape.TextList => new object?[] { Marker(version, kind, property) },
                    PropertyShape.Number => 0.25 * step,
                    PropertyShape.NumberList => new object?[] { 0.25 * step },
                    PropertyShape.WholeNumber => 30 * step,
                    PropertyShape.Boolean => step == 2,
                    PropertyShape.Enum => step,
                    PropertyShape.EnumList => new object?[] { step },
                    _ => null,
                };
                named.Add(new KeyValuePair<string, object?>(property.Name, value));
            }

            return new RawDeclaration(kind.AttributeName, Array.Empty<object?>(), named, null);
        }

        var model = DeclarationBinder.BindType("Bank.CreditScorer", DeclarationKinds.In(DeclarationScope.Model).Select(Raw).ToList());
        return (model, DeclarationBinder.BindDataset(Raw(DeclarationKinds.Dataset)));
    }

    private static ScannedAssembly Scanned((ModelDeclarations Model, DatasetDeclaration Dataset) declarations)
    {
        // The model trains and evaluates on the dataset, so the cards describe it (its other training id stays undeclared).
        var id = declarations.Dataset.Id;
        var model = declarations.Model with
        {
            TrainedOn = declarations.Model.TrainedOn! with { DatasetIds = declarations.Model.TrainedOn!.DatasetIds.Prepend(id).ToArray() },
            Evaluations = declarations.Model.Evaluations.Select(e => e with { Dataset = id }).ToArray(),
        };
        return new ScannedAssembly(
            new AssemblyDeclarations { AssemblyName = "Bank.Models", Types = new[] { model }, Datasets = new[] { declarations.Dataset } },
            Guid.Empty,
            new string('0', 64),
            null);
    }
}
