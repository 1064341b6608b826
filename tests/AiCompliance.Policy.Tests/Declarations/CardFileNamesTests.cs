using System.Linq;
using AiCompliance.Policy.Declarations;

namespace AiCompliance.Policy.Tests.Declarations;

/// <summary>A card's file name depends on its model's id alone; a safe id is its own name.</summary>
public sealed class CardFileNamesTests
{
    [Theory]
    [InlineData("credit-scorer", "credit-scorer")]
    [InlineData(" credit-scorer ", "credit-scorer")]
    [InlineData("Contoso.Models.NullId", "Contoso.Models.NullId")]
    [InlineData("credit/scorer", "credit-scorer-59e3c969")]
    [InlineData("Credit Scorer", "Credit-Scorer-a9ca26ac")]
    [InlineData("../../etc/passwd", "etc-passwd-b435d00a")]
    [InlineData("日本語モデル", "model-6f7aa479")]
    [InlineData("🚀", "model-ebbc0b28")]
    [InlineData("con", "con-a3dbc4b6")]
    [InlineData("helper.ja", "helper.ja-070bfa8e")]
    [InlineData("x.FIL", "x.FIL-88473570")]
    [InlineData("helper.jav", "helper.jav")]
    [InlineData("ja", "ja")]
    public void Names_depend_on_the_id_alone(string id, string name)
    {
        Assert.Equal(name, CardFileNames.Wanted(id));
    }

    [Fact]
    public void A_card_in_another_language_adds_its_tag_and_english_keeps_the_name()
    {
        Assert.Equal("helper", CardFileNames.InLanguage("helper", "en"));
        Assert.Equal("helper.ja", CardFileNames.InLanguage("helper", "ja"));
        Assert.Equal("helper.fil", CardFileNames.InLanguage("helper", "FIL"));
        Assert.All(CardFileNames.Languages, language => Assert.False(CardFileNames.IsSafe("helper." + language)));
    }

    [Fact]
    public void Ids_that_compare_equal_want_the_same_name_and_long_ids_are_cut_before_the_hash()
    {
        Assert.Equal("Credit-Scorer-59e3c969", CardFileNames.Wanted("Credit/Scorer"));
        var longId = new string('a', CardFileNames.MaxLength + 1);
        Assert.Equal(CardFileNames.MaxLength, CardFileNames.Wanted(longId).Length);
        Assert.Matches("^a{91}-[0-9a-f]{8}$", CardFileNames.Wanted(longId));
        Assert.Equal(new string('a', CardFileNames.MaxLength), CardFileNames.Wanted(new string('a', CardFileNames.MaxLength)));
    }

    [Fact]
    public void A_safe_id_keeps_its_name_whatever_types_come_first_and_adding_a_type_renames_no_card()
    {
        ModelDeclarations Model(string type, string id) => new() { TypeName = type, Identity = new ModelIdentity { Id = id } };
        var unsafeFirst = new AssemblyDeclarations { AssemblyName = "Bank", Types = new[] { Model("A", "credit/scorer"), Model("B", "credit-scorer"), Model("C", "日本語モデル") } };
        var more = new AssemblyDeclarations { AssemblyName = "Bank", Types = new[] { Model("0", "🚀"), Model("A", "credit/scorer"), Model("B", "credit-scorer"), Model("B2", "中文模型"), Model("C", "日本語モデル") } };

        Assert.Equal(new[] { "credit-scorer-59e3c969", "credit-scorer", "model-6f7aa479" }, CardFileNames.Assign(unsafeFirst).Select(n => n.Name));
        Assert.Equal(new[] { "model-ebbc0b28", "credit-scorer-59e3c969", "credit-scorer", CardFileNames.Wanted("中文模型"), "model-6f7aa479" }, CardFileNames.Assign(more).Select(n => n.Name));
        Assert.DoesNotContain(CardFileNames.Assign(more), n => n.IsTaken);
    }

    [Fact]
    public void A_name_taken_twice_gets_a_suffix_and_says_who_has_it()
    {
        var first = new ModelDeclarations { TypeName = "A", Identity = new ModelIdentity { Id = "scorer" } };
        var again = new ModelDeclarations { TypeName = "B", Identity = new ModelIdentity { Id = "Scorer" } };
        var bom = new ModelDeclarations { TypeName = "C", Identity = new ModelIdentity { Id = "Bank.cdx" } };

        var names = CardFileNames.Assign(new AssemblyDeclarations { AssemblyName = "Bank", Types = new[] { first, again, bom } });

        Assert.Equal(new[] { "scorer", "Scorer-2", "Bank.cdx-2" }, names.Select(n => n.Name));
        Assert.Same(first, names[1].TakenBy);
        Assert.True(names[2].IsTaken);
        Assert.Null(names[2].TakenBy);
    }
}
