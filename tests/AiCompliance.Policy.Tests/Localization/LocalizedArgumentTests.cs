using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Requirements;
using AiCompliance.Policy.Rules;

namespace AiCompliance.Policy.Tests.Localization;

/// <summary>
/// The words the policy puts into a message (what is missing, what to write, the citation) follow the culture the
/// message is formatted in, as the message format does; code in them (attribute syntax, framework ids) stays as written.
/// </summary>
public sealed class LocalizedArgumentTests
{
    private static readonly CultureInfo Japanese = CultureInfo.GetCultureInfo("ja-JP");

    [Fact]
    public void A_missing_risk_profile_reads_in_japanese_with_no_english_words_and_in_english_as_before()
    {
        var finding = FindingsOf(new ModelDeclarations { TypeName = "Bank.LoanTriage", Identity = new ModelIdentity { Id = "loan-triage" } })
            .Single(f => f.Rule.Id == "AIC101");

        Assert.Equal(
            "モデル 'loan-triage' はリスクプロファイルを宣言していません: [RiskProfile(…)] を追加 (asean-japan-2026, asean-guide-2024 ほか 3 件)",
            InCulture(finding, Japanese));
        Assert.Equal(
            "Model 'loan-triage' declares no risk profile: add [RiskProfile(…)] (asean-japan-2026, asean-guide-2024 +3 more)",
            finding.Message);
        Assert.Equal(finding.Message, InCulture(finding, CultureInfo.GetCultureInfo("de-DE")));
    }

    [Fact]
    public void A_missing_licence_is_a_whole_japanese_clause_with_the_property_to_set_kept_as_code()
    {
        var finding = FindingsOf(new ModelDeclarations { TypeName = "Bank.LoanTriage", Identity = new ModelIdentity { Id = "loan-triage", Kind = ModelKind.Generative } })
            .Single(f => f.Rule.Id == "AIC108" && f.Target is null);

        Assert.Equal(
            "モデル 'loan-triage': ライセンスを宣言していません: AiModel.License を設定 (asean-japan-2026, asean-guide-2024 ほか 3 件)",
            InCulture(finding, Japanese));
        Assert.Equal("Model 'loan-triage' declares no licence: set AiModel.License (asean-japan-2026, asean-guide-2024 +3 more)", finding.Message);
    }

    [Fact]
    public void A_breached_threshold_names_its_subject_and_the_better_direction_in_japanese()
    {
        var model = new ModelDeclarations
        {
            TypeName = "Bank.LoanTriage",
            Identity = new ModelIdentity { Id = "loan-triage" },
            Evaluations = [new EvaluationDeclaration { Metric = "accuracy", Value = 0.7, Threshold = 0.8, Slice = "vi" }],
        };
        var finding = FindingsOf(model).Single(f => f.Rule.Id == "AIC301");

        Assert.Equal("モデル 'loan-triage' の スライス 'vi' での評価 'accuracy' は 0.7 で、しきい値 0.8 を満たしていません (望ましい方向: 高い方)", InCulture(finding, Japanese));
        Assert.Equal("Evaluation 'accuracy' on slice 'vi' of model 'loan-triage' is 0.7, which breaches its threshold 0.8 (higher is better)", finding.Message);
    }

    [Fact]
    public void An_out_of_date_assessment_is_named_in_japanese()
    {
        var model = new ModelDeclarations
        {
            TypeName = "Bank.LoanTriage",
            Identity = new ModelIdentity { Id = "loan-triage" },
            SecurityAssessment = new SecurityAssessmentDeclaration { Date = "2024-01-01" },
        };
        var finding = FindingsOf(model).Single(f => f.Rule.Id == "AIC304");

        Assert.StartsWith("モデル 'loan-triage' の セキュリティ評価 の日付は 2024-01-01 で、", InCulture(finding, Japanese), StringComparison.Ordinal);
        Assert.StartsWith("The security assessment of model 'loan-triage' is dated 2024-01-01, ", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("data-provenance", "en", "add [TrainedOn(…)] or set AiModel.BaseModel")]
    [InlineData("data-provenance", "ja", "[TrainedOn(…)] を追加 または AiModel.BaseModel を設定")]
    [InlineData("data-provenance", "vi", "thêm [TrainedOn(…)] hoặc đặt AiModel.BaseModel")]
    [InlineData("ip-copyright", "en", "set AiModel.License and Dataset.License")]
    [InlineData("ip-copyright", "ja", "AiModel.License と Dataset.License を設定")]
    [InlineData("ip-copyright", "id", "isi AiModel.License dan Dataset.License")]
    [InlineData("data-residency", "th", "เพิ่ม [DataResidency(…)] และ [DataTransfer(…)]")]
    [InlineData("safety-evaluation", "fil", "idagdag ang [Evaluation(…)] at itakda ang Evaluation.Kind")]
    [InlineData("safety-evaluation", "ms", "tambah [Evaluation(…)] dan tetapkan Evaluation.Kind")]
    public void An_instruction_translates_its_verbs_and_joiners_and_keeps_the_code(string declarationId, string culture, string expected)
    {
        var instruction = DeclarationInstruction.Localized(DeclarationCatalog.Get(declarationId));

        Assert.Equal(expected, instruction.ToString(null, CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void Every_declaration_phrase_has_a_translation_in_every_shipped_culture()
    {
        // The Filipino glossary keeps these two terms in English, as Filipino developers say them.
        var keptInEnglish = new HashSet<(string, string)> { ("fil", "risk profile"), ("fil", "compute footprint") };
        foreach (var culture in new[] { "ja", "vi", "th", "id", "ms", "fil" })
        {
            Assert.All(DeclarationCatalog.All.Where(d => !keptInEnglish.Contains((culture, d.Phrase))), declaration =>
                Assert.NotEqual(declaration.Phrase, declaration.LocalizedPhrase.ToString(null, CultureInfo.GetCultureInfo(culture))));
        }
    }

    [Fact]
    public void User_text_inside_a_localized_argument_is_escaped_like_any_other_argument()
    {
        var text = LocalizedText.Of("Phrase_InLanguages", DeclarationCatalog.Get("safety-evaluation").LocalizedPhrase, "vi\nerror CS0001");

        Assert.Equal(@"safety or red-teaming result in vi\nerror CS0001", text.ToString());
        Assert.Equal(@"言語 vi\nerror CS0001 の安全性評価またはレッドチーミングの結果", text.ToString(null, Japanese));
    }

    private static string InCulture(Finding finding, CultureInfo culture) =>
        string.Format(culture, RuleTexts.InCulture(finding.Rule.MessageFormatKey, culture), finding.MessageArguments);

    private static List<Finding> FindingsOf(ModelDeclarations model)
    {
        var findings = new List<Finding>();
        var settings = PolicySettings.Create("strict", null, "2026-11-01", null, null);
        foreach (var rule in RuleCatalog.All.Where(r => r.ChecksModels))
        {
            rule.CheckModel(new ModelContext(model, [], settings, findings.Add));
        }

        return findings;
    }
}
