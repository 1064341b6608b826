using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Policy;
using AiCompliance.Policy.Rules;
using AiCompliance.Testing;

namespace AiCompliance.Analyzers.Tests.Generated;

/// <summary>
/// docs/rules/README.md is the rule index: generated from the analyzers, the code fixes and the catalogue. Its Japanese
/// twin, docs/rules/ja/README.md, is generated from the same facts, with the titles taken from the Japanese pages' H1.
/// </summary>
public sealed class RulesIndexTests
{
    private static readonly (string Category, string English, string Japanese)[] Families =
    {
        (RuleCategory.Structure, "Discovery and structure (AIC0xx)", "検出と構造（AIC0xx）"),
        (RuleCategory.Declarations, "Missing declarations (AIC1xx)", "宣言漏れ（AIC1xx）"),
        (RuleCategory.Values, "Invalid values (AIC2xx)", "無効な値（AIC2xx）"),
        (RuleCategory.Consistency, "Consistency (AIC3xx)", "一貫性（AIC3xx）"),
        (RuleCategory.CodeEvidence, "Code contradicts declaration (AIC4xx)", "コードと宣言の矛盾（AIC4xx）"),
    };

    [Trait("Category", "Generated")]
    [Fact]
    public void The_rule_index_matches_the_analyzers() =>
        GeneratedFile.Verify(RepositoryRoot.Combine("docs", "rules", "README.md"), Render());

    [Trait("Category", "Generated")]
    [Fact]
    public void The_japanese_rule_index_matches_the_analyzers_and_the_japanese_pages() =>
        GeneratedFile.Verify(RepositoryRoot.Combine("docs", "rules", "ja", "README.md"), RenderJapanese());

    internal static string Render()
    {
        var (ids, fixable) = AnalyzedRules();

        var text = new StringBuilder();
        text.Append("# Rules\n\n");
        text.Append("<!-- Generated from the analyzers and the rule catalogue; regenerate with AICOMPLIANCE_UPDATE_GENERATED=1 dotnet test ComplianceSdk.sln -c Release --filter Category=Generated. -->\n\n");
        text.Append("Every rule has a page with its cause, the Joint Statement paragraph and framework clauses behind it, how to fix it,\n");
        text.Append("examples and configuration. The severity columns are the three policy modes (`AiComplianceMode`); `none` turns every\n");
        text.Append("rule off. \"In assemblies\" says whether `aicompliance check` can apply the rule to a compiled assembly.\n");
        text.Append("\"Since\" is the release that introduced the rule: a project that pins an older `AiComplianceLevel` gets it at most as\n");
        text.Append("a suggestion (see [configuration](../configuration.md#aicompliancelevel)).\n\n");
        text.Append("A model that lacks several declarations gets one diagnostic per missing declaration, not one summary per model:\n");
        text.Append("each keeps its own id, so its severity, `#pragma` or risk acceptance, and its code fix (which adds that one attribute,\n");
        text.Append("or with Fix All adds it to every model) apply to that declaration alone. Each message says which attribute to add and\n");
        text.Append("names at most two of the selected frameworks that ask for it; every clause is in the diagnostic's `Clauses` property\n");
        text.Append("(which SARIF carries) and on the rule's page.\n\n");
        text.Append("Every page is also in Japanese, a translation not yet reviewed by native speakers: [日本語](ja/README.md).\n\n");
        foreach (var family in Families)
        {
            var rules = RuleCatalog.Descriptors.Where(r => r.Category == family.Category && ids.Contains(r.Id)).ToList();
            if (rules.Count == 0)
            {
                continue;
            }

            text.Append("## ").Append(family.English).Append("\n\n");
            text.Append("| Rule | Title | Since | minimal | recommended | strict | Code fix | In assemblies |\n");
            text.Append("|---|---|---|---|---|---|---|---|\n");
            foreach (var rule in rules)
            {
                text.Append("| [").Append(rule.Id).Append("](").Append(rule.Id).Append(".md) | ")
                    .Append(rule.Title).Append(" | ")
                    .Append(rule.IntroducedIn).Append(" | ")
                    .Append(Severity(rule.SeverityIn(ComplianceMode.Minimal))).Append(" | ")
                    .Append(Severity(rule.SeverityIn(ComplianceMode.Recommended))).Append(" | ")
                    .Append(Severity(rule.SeverityIn(ComplianceMode.Strict))).Append(" | ")
                    .Append(fixable.Contains(rule.Id) ? "yes" : "no").Append(" | ")
                    .Append(rule.NeedsSource ? "no" : ReadsRecordedCode(rule) ? "yes (recorded code evidence)" : rule.ReportsAtCompilationEnd ? "yes (whole assembly)" : "yes").Append(" |\n");
            }

            text.Append('\n');
        }

        text.Append("Rules that report at compilation end need the whole compilation (AIC002 compares every model's id; AIC005 reads\n");
        text.Append("the build configuration). In the IDE they appear with full-solution analysis and on build.\n");
        return text.ToString();
    }

    internal static string RenderJapanese()
    {
        var (ids, fixable) = AnalyzedRules();

        var text = new StringBuilder();
        text.Append("# ルール\n\n");
        text.Append("<!-- Generated from the analyzers, the rule catalogue and the H1 of each Japanese page; regenerate with AICOMPLIANCE_UPDATE_GENERATED=1 dotnet test ComplianceSdk.sln -c Release --filter Category=Generated. -->\n\n");
        // Japanese paragraphs stay on one line each: a soft line break between Japanese characters renders as a stray space.
        text.Append("> このページと各ルールのページは、").Append(Meta.JapaneseRulePagesTests.ReviewNote).Append("。正本は英語版の[ルール一覧](../README.md)と各ルールのページです。\n\n");
        text.Append("各ルールには、原因、その背後にある共同声明の項とフレームワークの条項、修正方法、例、設定を記したページがあります。")
            .Append("重大度の列は 3 つのポリシーモード（`AiComplianceMode`）で、`none` ではすべてのルールが無効になります。")
            .Append("「アセンブリ」は、`aicompliance check` がコンパイル済みアセンブリにルールを適用できるかどうかを示します。")
            .Append("「導入」はルールを導入したリリースです。それより古い `AiComplianceLevel` に固定したプロジェクトでは、そのルールは最大でも提案になります")
            .Append("（[設定](../../configuration.md#aicompliancelevel)を参照）。\n\n");
        text.Append("複数の宣言が欠けているモデルには、モデルごとにまとめた 1 つの診断ではなく、欠けている宣言ごとに 1 つの診断が出ます。")
            .Append("それぞれが独自の ID を持つので、重大度、`#pragma` やリスク受容、コード修正（その 1 つの属性を追加し、Fix All ではすべてのモデルに追加します）は、その宣言だけに適用されます。")
            .Append("各メッセージは追加すべき属性と、それを求める選択済みフレームワークを最大 2 つまで示します。")
            .Append("すべての条項は診断の `Clauses` プロパティ（SARIF にも記録されます）と、ルールのページにあります。\n\n");
        text.Append("各ページのコード例と診断メッセージの例は英語版と同じもので、メッセージは英語の UI カルチャーでの表示です。\n\n");
        foreach (var family in Families)
        {
            var rules = RuleCatalog.Descriptors.Where(r => r.Category == family.Category && ids.Contains(r.Id)).ToList();
            if (rules.Count == 0)
            {
                continue;
            }

            text.Append("## ").Append(family.Japanese).Append("\n\n");
            text.Append("| ルール | タイトル | 導入 | minimal | recommended | strict | コード修正 | アセンブリ |\n");
            text.Append("|---|---|---|---|---|---|---|---|\n");
            foreach (var rule in rules)
            {
                text.Append("| [").Append(rule.Id).Append("](").Append(rule.Id).Append(".md) | ")
                    .Append(JapaneseTitle(rule)).Append(" | ")
                    .Append(rule.IntroducedIn).Append(" | ")
                    .Append(JapaneseSeverity(rule.SeverityIn(ComplianceMode.Minimal))).Append(" | ")
                    .Append(JapaneseSeverity(rule.SeverityIn(ComplianceMode.Recommended))).Append(" | ")
                    .Append(JapaneseSeverity(rule.SeverityIn(ComplianceMode.Strict))).Append(" | ")
                    .Append(fixable.Contains(rule.Id) ? "あり" : "なし").Append(" | ")
                    .Append(rule.NeedsSource ? "なし" : ReadsRecordedCode(rule) ? "あり（記録されたコード証跡）" : rule.ReportsAtCompilationEnd ? "あり（アセンブリ全体）" : "あり").Append(" |\n");
            }

            text.Append('\n');
        }

        text.Append("コンパイルの終了時に報告するルールは、コンパイル全体を必要とします（AIC002 はすべてのモデルの ID を比較し、AIC005 はビルド構成を読みます）。")
            .Append("IDE では、ソリューション全体の解析を有効にした場合とビルド時に表示されます。\n");
        return text.ToString();
    }

    private static (HashSet<string> Ids, HashSet<string> Fixable) AnalyzedRules()
    {
        var analyzers = AnalyzerAssemblies.Analyzers(typeof(PolicyRuleAnalyzer).Assembly);
        var fixable = AnalyzerAssemblies.CodeFixes(typeof(AddDeclarationCodeFixProvider).Assembly)
            .SelectMany(f => f.FixableDiagnosticIds)
            .ToHashSet(StringComparer.Ordinal);
        var ids = analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        return (ids, fixable);
    }

    /// <summary>
    /// The title after "# AICnnn: " on the Japanese page; the English title while the page is missing, so that the index
    /// can still be regenerated (JapaneseRulePagesTests reports the missing page).
    /// </summary>
    private static string JapaneseTitle(RuleDescriptor rule)
    {
        var page = RepositoryRoot.Combine("docs", "rules", "ja", rule.Id + ".md");
        var prefix = "# " + rule.Id + ": ";
        var heading = File.Exists(page) ? File.ReadLines(page).FirstOrDefault() : null;
        return heading is not null && heading.StartsWith(prefix, StringComparison.Ordinal) ? heading.Substring(prefix.Length).Trim() : rule.Title;
    }

    private static string JapaneseSeverity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "エラー",
        RuleSeverity.Warning => "警告",
        RuleSeverity.Info => "提案",
        _ => "無効",
    };

    private static string Severity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        RuleSeverity.Info => "suggestion",
        _ => "off",
    };

    // AIC401–AIC403 read the code evidence the generator records, so `check` applies them only to assemblies that carry it.
    private static bool ReadsRecordedCode(AiCompliance.Policy.Rules.RuleDescriptor rule) =>
        AiCompliance.Policy.Rules.RuleCatalog.All.Any(r => r.ReadsCode && r.Descriptor.Id == rule.Id);
}
