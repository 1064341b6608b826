using System;
using System.IO;
using System.Linq;

namespace AiCompliance.Cli.Tests;

/// <summary>Through <c>aicompliance card</c>: a card's file name depends on its model's id alone; a taken name is a notice.</summary>
public sealed class CardFileNameTests
{
    [Fact]
    public void A_safe_id_keeps_its_name_whatever_the_type_order_and_non_ascii_ids_get_stable_names()
    {
        using var directory = new TempDirectory("aic-card-names");
        var assembly = FixtureCompiler.Emit(FixtureCompiler.Compile("Bank.Models", """
            using AiCompliance;

            namespace Bank;

            [AiModel("credit/scorer")] public sealed class A { }
            [AiModel("credit-scorer")] public sealed class B { }
            [AiModel("日本語モデル")] public sealed class C { }
            [AiModel("🚀")] public sealed class D { }
            """), directory.Combine("Bank.Models.dll"));

        var result = CliRunner.Run("card", assembly, "--format", "json", "-o", directory.Combine("cards"));

        Assert.Equal((0, ""), (result.Exit, result.Error));
        Assert.DoesNotContain("notice", result.Out, StringComparison.Ordinal);
        Assert.Equal(
            ["credit-scorer-59e3c969.json", "credit-scorer.json", "model-6f7aa479.json", "model-ebbc0b28.json"],
            Directory.GetFiles(directory.Combine("cards")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using var card = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(directory.Combine("cards/credit-scorer.json")));
        Assert.Equal("credit-scorer", card.RootElement.GetProperty("model").GetProperty("id").GetString());
    }

    [Fact]
    public void Two_ids_that_give_one_name_are_a_notice_naming_both_and_the_numbered_card()
    {
        using var directory = new TempDirectory("aic-card-names");
        var assembly = FixtureCompiler.Emit(FixtureCompiler.Compile("Bank.Models", """
            using AiCompliance;

            namespace Bank;

            [AiModel("credit/scorer")] public sealed class A { }
            [AiModel("credit-scorer-59e3c969")] public sealed class B { }
            [AiModel("Bank.Models.cdx")] public sealed class C { }
            """), directory.Combine("Bank.Models.dll"));

        var result = CliRunner.Run("card", assembly, "--format", "md,cdx", "-o", directory.Combine("cards"));

        Assert.Equal(0, result.Exit);
        var notices = result.Out.Split('\n').Where(l => l.StartsWith("aicompliance: notice: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                "aicompliance: notice: the card file name 'credit-scorer-59e3c969' of model id 'credit/scorer' (Bank.A) is taken by model 'credit-scorer-59e3c969' (Bank.B) (AIC006); the card of Bank.A is written as 'credit-scorer-59e3c969-2'.",
                "aicompliance: notice: the card file name 'Bank.Models.cdx' of model id 'Bank.Models.cdx' (Bank.C) is taken by the CycloneDX BOM (AIC006); the card of Bank.C is written as 'Bank.Models.cdx-2'.",
            ],
            notices);
        Assert.Equal(
            ["Bank.Models.cdx-2.md", "Bank.Models.cdx.json", "credit-scorer-59e3c969-2.md", "credit-scorer-59e3c969.md"],
            Directory.GetFiles(directory.Combine("cards")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
