using System.Linq;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Requirements;

namespace AiCompliance.Policy.Tests.Declarations;

/// <summary>What a missing-declaration message tells the developer to write, read from the catalogue's HowToDeclare.</summary>
public sealed class DeclarationInstructionTests
{
    [Theory]
    [InlineData("human-oversight", "add [HumanOversight(…)]")]
    [InlineData("compute-energy", "add [ComputeFootprint(…)]")]
    [InlineData("data-provenance", "add [TrainedOn(…)] or set AiModel.BaseModel")]
    [InlineData("ip-copyright", "set AiModel.License and Dataset.License")]
    [InlineData("personal-data", "set Dataset.LegalBasis")]
    [InlineData("data-residency", "add [DataResidency(…)] and [DataTransfer(…)]")]
    public void The_instruction_adds_attributes_and_sets_properties(string declarationId, string instruction) =>
        Assert.Equal(instruction, DeclarationInstruction.For(DeclarationCatalog.Get(declarationId)));

    public static TheoryData<string> DeclarationIds() => new(DeclarationCatalog.All.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(DeclarationIds))]
    public void Every_attribute_and_property_it_names_is_in_the_declaration_registry(string declarationId)
    {
        var targets = DeclarationInstruction.Targets(DeclarationCatalog.Get(declarationId).HowToDeclare);

        Assert.NotEmpty(targets);
        foreach (var target in targets)
        {
            var parts = target.Split('.');
            var kind = DeclarationKinds.Find(parts[0] + "Attribute");
            Assert.True(kind is not null, $"'{target}' names no attribute of the registry.");
            Assert.True(parts.Length == 1 || (parts.Length == 2 && kind!.Property(parts[1]) is not null), $"'{target}' names no property of [{parts[0]}].");
        }
    }
}
