using System;
using System.Collections.Generic;
using System.Linq;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Requirements;

namespace AiCompliance.Policy.Tests.Declarations;

/// <summary>Presence of the declarations made by one attribute comes from the registry; the rest are judged from datasets.</summary>
public sealed class DeclarationPresenceTests
{
    private static readonly DatasetDeclaration[] NoDatasets = Array.Empty<DatasetDeclaration>();

    public static TheoryData<string> RequirementsMadeByOneAttribute()
    {
        var data = new TheoryData<string>();
        foreach (var kind in DeclarationKinds.All.Where(k => k.RequirementId is not null))
        {
            data.Add(kind.AttributeName);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RequirementsMadeByOneAttribute))]
    public void Writing_the_attribute_makes_its_declaration(string attributeName)
    {
        var kind = DeclarationKinds.Find(attributeName)!;
        var model = DeclarationBinder.BindType("Bank.Model", new[] { Raw(kind) });

        Assert.True(DeclarationPresence.IsDeclared(kind.RequirementId!, model, NoDatasets));
        Assert.False(DeclarationPresence.IsDeclared(kind.RequirementId!, new ModelDeclarations { TypeName = "Bank.Model" }, NoDatasets));
        Assert.Equal(kind.RecordType, Assert.Single(model.All()).GetType());
    }

    [Fact]
    public void Content_provenance_without_a_method_and_languages_without_a_tag_declare_nothing()
    {
        var model = DeclarationBinder.BindType("Bank.Model", new[]
        {
            new RawDeclaration(AttributeNames.ContentProvenance, new object?[] { 0 }, Array.Empty<KeyValuePair<string, object?>>(), null),
            new RawDeclaration(AttributeNames.SupportedLanguages, new object?[] { Array.Empty<object?>() }, Array.Empty<KeyValuePair<string, object?>>(), null),
        });

        Assert.NotNull(model.ContentProvenance);
        Assert.NotNull(model.SupportedLanguages);
        Assert.False(DeclarationPresence.IsDeclared("content-provenance", model, NoDatasets));
        Assert.False(DeclarationPresence.IsDeclared("languages-locales", model, NoDatasets));
    }

    [Fact]
    public void Only_the_declarations_judged_from_datasets_or_per_language_are_made_by_no_single_attribute()
    {
        var madeByOne = DeclarationKinds.All.Select(k => k.RequirementId).Where(id => id is not null).ToList();

        Assert.Equal(madeByOne.Count, madeByOne.Distinct().Count());
        Assert.Equal(
            new[] { "ai-disclosure-languages", "data-provenance", "evaluation-languages", "ip-copyright", "personal-data", "safety-evaluation" },
            DeclarationCatalog.All.Select(d => d.Id).Except(madeByOne!).OrderBy(id => id, StringComparer.Ordinal));
    }

    private static RawDeclaration Raw(DeclarationKind kind)
    {
        var positional = new List<object?>();
        foreach (var name in kind.ConstructorParameters)
        {
            positional.Add(kind.Property(name)!.Shape switch
            {
                PropertyShape.Text => "Written",
                PropertyShape.TextList => new object?[] { "en" },
                PropertyShape.Enum => 1,
                PropertyShape.EnumList => new object?[] { 1 },
                PropertyShape.Number => 0.5,
                _ => null,
            });
        }

        return new RawDeclaration(kind.AttributeName, positional, Array.Empty<KeyValuePair<string, object?>>(), null);
    }
}
