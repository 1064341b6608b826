extern alias Sdk;

using System;
using System.IO;
using System.Linq;
using AiCompliance.ModelCards.Reading;
using AiCompliance.Policy;
using AiCompliance.Testing;

namespace AiCompliance.ModelCards.Tests;

/// <summary>
/// The metadata reader binds exactly what the analyzers bind from Roslyn's symbols: same types, same names, same values,
/// so that a card and a diagnostic can never disagree about a declaration.
/// </summary>
[Collection(CompiledAssemblies.Name)]
public sealed class ReaderTests
{
    private readonly TestAssemblies _assemblies;

    public ReaderTests(TestAssemblies assemblies) => _assemblies = assemblies;

    public static TheoryData<string> Assemblies => new() { "Full", "Hostile", "Plain", "SelfDefined", "Accepted" };

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Metadata_and_Roslyn_bind_the_same_declarations(string which)
    {
        var assembly = which switch
        {
            "Full" => _assemblies.Full,
            "Hostile" => _assemblies.Hostile,
            "Plain" => _assemblies.Plain,
            "Accepted" => _assemblies.Accepted,
            _ => _assemblies.SelfDefined,
        };

        var scanned = AssemblyDeclarationReader.ReadFile(assembly.Path);
        var roslyn = DeclarationDump.BindWithRoslyn(assembly.Compilation);

        Assert.Equal(roslyn.Select(t => t.TypeName), scanned.Declarations.Types.Select(t => t.TypeName));
        for (var i = 0; i < roslyn.Count; i++)
        {
            Assert.Equal(DeclarationDump.Dump(roslyn[i]), DeclarationDump.Dump(scanned.Declarations.Types[i]));
        }

        Assert.Equal(
            DeclarationDump.DatasetsWithRoslyn(assembly.Compilation).Select(DeclarationDump.Dump),
            scanned.Declarations.Datasets.Select(DeclarationDump.Dump));
        Assert.Equal(
            DeclarationDump.AcceptancesWithRoslyn(assembly.Compilation).Select(DeclarationDump.Dump),
            scanned.Declarations.RiskAcceptances.Select(DeclarationDump.Dump));
    }

    [Fact]
    public void Type_names_follow_the_compiler_error_message_format()
    {
        var names = AssemblyDeclarationReader.ReadFile(_assemblies.Full.Path).Declarations.Types.Select(t => t.TypeName).ToList();

        Assert.Contains("Contoso.Models.Outer.Ranker<TItem>", names);
        Assert.Contains("Contoso.Models.Outer.Inner<T>.Deeper<U, @int>", names);
        Assert.Contains("Contoso.Models.@class.@event", names);
        Assert.Contains("Contoso.Models.IChatAssistant", names);
        Assert.Contains("GlobalModel", names);
        Assert.Equal(names.OrderBy(n => n, StringComparer.Ordinal), names);
    }

    [Fact]
    public void Models_stray_declarations_and_datasets_are_all_read()
    {
        var declarations = AssemblyDeclarationReader.ReadFile(_assemblies.Full.Path).Declarations;

        Assert.Equal("Contoso.Models", declarations.AssemblyName);
        Assert.Equal("3.1.4.0", declarations.AssemblyVersion);
        Assert.Contains(declarations.Types, t => t.TypeName == "Contoso.Models.StrayDeclarations" && t.Identity is null && t.IntendedUse is not null);
        Assert.Equal(new[] { "loan-applications", "holdout-2024", "unused-set" }, declarations.Datasets.Select(d => d.Id));

        var scorer = declarations.Models.Single(m => m.TypeName == "Contoso.Models.CreditRiskScorer");
        Assert.Equal(ModelKind.Classifier, scorer.Identity!.Kind);
        Assert.Equal(new[] { Sector.Finance, Sector.PublicAdministration }, scorer.RiskProfile!.Sectors);
        Assert.Equal(SecurityTest.RedTeaming | SecurityTest.PromptInjection, scorer.SecurityAssessment!.Tests);
        Assert.Equal(new[] { 0.41, 0.44 }, scorer.FairnessAssessments[0].GroupValues);
        Assert.Equal(new[] { "loan-applications", "missing-set" }, scorer.TrainedOn!.DatasetIds);
        Assert.Equal(7, scorer.Evaluations.Count);
        Assert.False(scorer.Evaluations[3].HigherIsBetter);
        Assert.Equal(2555, scorer.DecisionLogging!.RetentionDays);
        Assert.Equal(12.5, scorer.ComputeFootprint!.TrainingEnergyKWh);
        Assert.Equal(5.1, scorer.ComputeFootprint.Co2eKg);
    }

    [Fact]
    public void The_scan_identifies_the_file()
    {
        var scanned = AssemblyDeclarationReader.ReadFile(_assemblies.Full.Path);

        Assert.Equal("3.1.4-beta+abc", scanned.InformationalVersion);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(_assemblies.Full.Path))), scanned.Sha256);
        Assert.Equal(_assemblies.Full.Compilation.Assembly.Name, scanned.Declarations.AssemblyName);
        Assert.NotEqual(Guid.Empty, scanned.Mvid);
    }

    [Fact]
    public void Attributes_defined_in_the_assembly_itself_are_matched_and_their_enums_resolved()
    {
        var declarations = AssemblyDeclarationReader.ReadFile(_assemblies.SelfDefined.Path).Declarations;

        var model = Assert.Single(declarations.Models);
        Assert.Equal("self", model.Identity!.Id);
        Assert.Equal(ModelKind.Generative, model.Identity.Kind);
        Assert.Equal(RiskLevel.High, model.RiskProfile!.Level);
        Assert.Equal(new[] { Sector.Finance }, model.RiskProfile.Sectors);
        Assert.Equal("all", Assert.Single(model.Evaluations).Slice);
        Assert.Equal(new string?[] { "VN" }, Assert.Single(declarations.Datasets).Regions);
    }

    [Fact]
    public void An_assembly_of_another_target_framework_is_read_without_loading_it()
    {
        // The SDK itself is netstandard2.0 and declares no model; the sample is net10.0 and declares one.
        var sdk = AssemblyDeclarationReader.ReadFile(typeof(Sdk::AiCompliance.AiModelAttribute).Assembly.Location);
        Assert.Empty(sdk.Declarations.Types);
        Assert.Equal("AiCompliance", sdk.Declarations.AssemblyName);
    }
}
