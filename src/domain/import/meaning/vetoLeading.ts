/**
 * The vetoes that answer the same whether asked leniently or strictly (vetoes.ts asks them first and remembers the
 * answer for both), in the order they are asked: the first that speaks gives the reason.
 */
import { outsideQuarter } from "./dateInPeriod";
import { oneKind, otherKindColumn, otherStaffKind } from "./staffKinds";
import { namesStaffKind, oneKindColumn, roomRowAboveTotal, staffKindsTotal } from "./staffTotalRow";
import { postHoldersForQuota } from "./postHolders";
import { postUnsaidInCell } from "./postCells";
import type { FieldDef } from "../../types";
import { roleClash } from "./dateRole";
import { otherPart } from "./dateSection";
import { requestedOnly } from "./requestLead";
import { aboutService } from "./serviceFeedback";
import { countsTime, notACount } from "./notCounts";
import { unnamedPart, wordsAround } from "./partWords";
import { laterTotalPartWords, partOfLaterTotal } from "./totalAfterParts";
import { awardAt, giverNamedElsewhere, otherAward, unnamedAward } from "./vetoAward";
import { ownAwardOf, ownHeadAward } from "./vetoOwnAward";
import { monthShare } from "./monthShare";
import { datedSession } from "./datedSessions";
import { provinceSubject } from "./vetoProvinceBody";
import { inPassage } from "./sourcedPassages";
import { namesPostPart, postPartAt } from "./postParts";
import { planLabelled } from "./planLabel";
import { yearsPlanBefore } from "./yearPlan";
import { countedBefore, otherHeadNoun } from "./vetoHeadNoun";
import { countsOtherKind, documentsAboutOther } from "./countedKinds";
import { countsJoinedKinds } from "./joinedKinds";
import { labelNamesPart, partKindsBeforeTotal } from "./totalOfNamedParts";
import { aboutStudying, aboutTheory, countsStudying, studiesDegree } from "./studying";
import { memberShare, shareOfNamedTotal } from "./memberShares";
import { eachOnesCount } from "./eachOnes";
import { forLaterReport } from "./laterReport";
import { mentionedInPassing } from "./placeMentions";
import { advisedBodysAct, advisedPlaces, restatesAdvisedPlaces } from "./advisedAct";
import { heldByOtherHead } from "./otherHeadsAct";
import { citizensMatterLetters, lettersBesideStaffStatement, ownStaffStatements } from "./ownStaffLetters";
import { isTarget, otherAgencySubject, ownSectorOnly } from "./vetoTarget";
import { otherBodysDesk, otherDeskSentences } from "./otherDesk";
import { addedBesidesCounted } from "./besidesMain";
import { cumulativeInFirst, laterPlanned } from "./periodScope";
import { laterYearBesideOwn } from "./laterYearPlan";
import { departmentSubject, sectorHeading } from "./vetoChannel";
import { otherOwner, unitsOfActivity } from "./vetoOwner";
import { comparedBasis, earlierBesideThis, earlierTail, earlierTopic, earlierYearTopic } from "./vetoEarlier";
import { datedBeforePeriod, heldBeforePeriod } from "./datedBefore";
import { oneKindOfUnits } from "./unitKindsJoined";
import { leftOutOfReport } from "./notInReport";
import { countsWhole, wholeSectorBefore } from "./wholeSector";
import { countsLearners, learnersBefore, quotedForComparison, underReferencePart } from "./vetoQuoted";
import { itemMark, spelledOtherUnit } from "./vetoSpelled";
import { unnamedColumn } from "./vetoColumns";
import { featureSet, syllables, unitAt } from "./words";
import { POSTS, sameGroup } from "./score";
import { earlierUnstated, yearAgoForPrevious } from "./vetoUnstatedEarlier";
import { columnHeaders, gridAt, lastPeriodCell } from "./tableGrid";
import { clauseText, namesOrganisation, otherBody, otherBodyLevel, scopeBefore, scopeBeforeWithout } from "./vetoPlace";
import { namedByShortName } from "./shortNames";
import { cellOfOtherOrganisation, sentenceOfOtherOrganisation } from "./cellOrganisation";
import { levelCarried, namedUnitBefore } from "./levelAround";
import { seatsTotalRow, wholeOfSeatsAbove } from "./seatsTotal";
import { respectiveRefuses } from "./respectivePairs";
import { otherPostsPart } from "./bracketPost";
import { partOfFollowingTotal, wholeFigure } from "./bracketTotal";
import { otherPeopleLabel, servedPeopleAfter } from "./otherPeopleLabel";
import { concurrentHolders, regularNotEarly } from "./qualifiedAfter";
import { tableUnderCaption } from "./captionTable";
import { brokenDownCountEnd } from "./bracketBreakdown";
import { kindAfterCount, kindInBracket, kindUnderCount, listsKinds } from "./kindPart";
import { fromLevelUp } from "./atLeastLevel";
import { completedPart, countsCompleted } from "./completedPart";
import { countsWithEquivalents } from "./equivalentPosts";
import { countsFormerUnits, formerUnitsAside, includesFormerUnits, fromFormerUnit, takenOverWhole } from "./formerUnits";
import { unqualifiedCount } from "./unqualifiedKind";
import { clauseLead, narrowerLead } from "./narrowerLead";
import { officePostElsewhere, otherBodysDeputy } from "./vetoDeputy";
import { otherConcurrentPost, sentNotMoved, staffNotConcurrent } from "./vetoConcurrent";
import { electionAward, givenWithoutPurpose, otherPurpose } from "./vetoPurpose";
import { doneUnlikePlan, inTasksPart, planColumn } from "./planPlaces";
import { isCorrection, quotesEarlierReport } from "./corrections";
import { unsettledFigure } from "./unsettledFigures";
import { inStaffActList, namesStaffAct } from "./staffActLead";
import { aboutDelegations, delegationMembers } from "./delegationMembers";
import { otherStaffAct, staffActOf } from "./passiveAct";
import { countsShortfall, inShortcomings, lackingCount } from "./shortcomings";
import { blindTotal, totalCellAbout } from "./blindTotal";
import { asksLevel, singleBodyRow } from "./singleBodyRow";
import { spanFacts } from "./vetoFacts";
import { besidesFiguresAbove } from "./beyondFigures";
import { tableNoteAfter } from "./tableNote";
import { comparisonVetoes, isDoneForPlanned, isOtherLevel, wholeIsOtherLevel } from "./vetoText";
import type { VetoContext, VetoReason } from "./vetoContext";
import { FIGURES, single, type FieldWords } from "./vetoFormWords";
import { PERCENT_SIGN_END } from "../numbers";
import { branchSetApart, unitOwning } from "./unitParts";
import { unitLineBesideBody } from "./unitLineBesideBody";
import { issuersLevel, issuersPlace, namesPlaceKind, placeOwning, type PlaceLead } from "./placeParts";
import { answeredAlone, answeredPart } from "./answeredPart";
import { changedContracts } from "./contractChange";
import { newUnitUnsaid } from "./newUnitMove";
import { countsBothKinds, describesBothKinds } from "./bothKinds";
import { channelRate, channelShare } from "./channelPart";
import { carriedOver, namesNew, newOnly } from "./carriedOver";
import { otherConcurrentRole } from "./concurrentRole";
import { afterNoneAnswer } from "./answeredNone";
import { kindOf } from "./vetoOwnAward";
import { roomNames } from "./vetoPlace";
import type { SpanFacts } from "./vetoFacts";

/** The value a written figure gives («25.131» 25131, «93,65%» and «93,65 phần trăm» 93.65), to compare with a respective list's. */
function writtenValue(written: string): number {
  return Number(written.replace(PERCENT_SIGN_END, "").replace(/[.\s\u00a0]/gu, "").replace(",", "."));
}

export function leadingVeto(ctx: VetoContext, field: FieldDef, o: { start: number; end: number }): VetoReason | null {
  const { text } = ctx;
  const own = ctx.fields.get(field.id);
  if (!own) return null;
  if (own.absent) return "noOrganisation";
  // The province-wide body's own report («TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG» under «UBND TỈNH …», as centres stand
  // since 2025) is no other kind's: its figures are the ones the form asks of that body.
  const itself = own.provinceWide && own.organisation !== null && issuedBy(ctx, own.organisation);
  if (own.provinceWide && ctx.anotherKind && !itself) return "otherAgency";
  // What is the same for every figure is read once per number (vetoFacts.ts).
  const at = spanFacts(ctx, o);
  if (ctx.anotherKind && !itself && ctx.provinceNames.length > 0 && at.once("provinceSubject", () => provinceSubject(text.slice(at.sentence.from, o.start), ctx.provinceNames, ctx.desks))) return "otherAgency";
  // «số liệu do Văn phòng UBND tỉnh cung cấp: …»: another body's figures, none of the issuer's fields (sourcedPassages.ts).
  if (inPassage(ctx.foreignSourced, o.start)) return "otherBody";
  const organisation = own.organisation;
  // …or the sentence under the number's table that says whose its figures are (tableNote.ts).
  // The scope with other bodies' desk sentences before the number's left out: a sentence with no subject does not
  // carry theirs (otherDesk.ts otherDeskSentences).
  const scopeLower = () =>
    at.once("ownScopeLower", () => {
      const others = otherDeskSentences(text, at.sentence.from, ownBodies(ctx));
      return others.length === 0 ? at.scopeLower : scopeBeforeWithout(text, o.start, others).normalize("NFC").toLowerCase();
    });
  // A date in a table's caption is the table's: the organisation named in the table's header, or none (captionTable.ts).
  const caption = () => at.once("captionTable", () => tableUnderCaption(text, o.start));
  if (field.kind === "date" && organisation && !issuedBy(ctx, organisation) && caption() !== null && !namesOrganisation(caption()!, organisation)) return "otherSection";
  const named = () => (field.kind === "date" && caption() !== null && namesOrganisation(caption()!, organisation!)) || namesOrganisation(scopeLower(), organisation!) || namedByShortName(scopeBefore(text, o.start), ctx.shortForms(own.named!).alone) || namesOrganisation(at.once("tableNote", () => tableNoteAfter(text, o.start)), organisation!);
  // A report the organisation issues itself («TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG» under the office) is all its own:
  // its numbers need not name it again.
  if (organisation && !issuedBy(ctx, organisation) && !at.once(`names:${organisation.join("|")}`, named)) {
    // «A. TỔ CHỨC, BIÊN CHẾ (tính đến ngày 30/11/2025)»: a date of another part of the report, no cutoff of this one's.
    if (field.kind === "date" && otherPart(ctx.sectionNamedAt(o.start), own.sectionNumber)) return "otherSection";
    return "organisationOutOfScope";
  }
  if (cellOfOtherOrganisation(text, o, own.organisation, ctx.organisations, () => at.cell)) return "otherColumn";
  // A heading over two of the form's organisations leaves each sentence to say whose its figures are. Not where the
  // report's own desk sits at the centre: there the centre named is where the desk works (deskAtCentre.ts).
  if (ctx.desks.length === 0 && at.once(`sentenceOrganisation:${organisation?.join("|") ?? ""}`, () => sentenceOfOtherOrganisation(asideless(sentenceBefore(text, o.start)), organisation, ctx.organisations))) return "organisationOutOfScope";
  if (organisation && at.once(`owner:${organisation.join("|")}:${own.owner ?? ""}`, () => otherOwner(scopeLower(), organisation, own.owner, ctx.issuer, ctx.level, ctx.ownBody))) return "otherBody";
  if (own.unitList && at.once("unitsOfActivity", () => unitsOfActivity(text, o.start))) return "otherRoom";
  // «Cao cấp lý luận chính trị: Văn phòng Sở 05; Thanh tra Sở 02; …»: one unit's figure among its fellows' (unitParts.ts).
  if (FIGURES.has(field.kind) && unitsPart(ctx, own, at, o)) return "otherRoom";
  if (FIGURES.has(field.kind) && at.once("branchApart", () => branchSetApart(text, at.sentence.from))) return "otherRoom";
  // «(được giao 24, hiện có 22 người) do Đảng ủy phường quản lý, không tổng hợp vào báo cáo này» (notInReport.ts).
  if (FIGURES.has(field.kind) && leftOutOfReport(at.sentenceText, o.start - at.sentence.from)) return "organisationOutOfScope";
  // «cao cấp gồm Lãnh đạo Văn phòng 04, Trưởng phòng 05»: a qualification's holders by post (postParts.ts).
  if (FIGURES.has(field.kind) && /^\d/.test(text.slice(o.start, o.end))) {
    const part = at.once("postPart", () => postPartAt(text, o.start, o.end));
    if (part !== null && !namesPostPart(own.words, part)) return "unnamedPart";
  }
  // «đại học: thị trấn cũ (16), xã cũ Vĩnh Hảo (12), …», «cấp tỉnh 15 lượt, cấp xã 58 lượt»: one place's share (placeParts.ts).
  // «12 cuộc giao ban tuần và 02 cuộc giao ban tháng, tổng cộng 13 cuộc»: the first part of a total written after it.
  if (field.kind === "count" && /^\d/.test(text.slice(o.start, o.end)) && partOfLaterTotal(at.once("laterTotal", () => laterTotalPartWords(text, o.start, o.end)), own.words)) return "unnamedPart";
  // «47 cao cấp, 40 trung cấp, 04 cử nhân, tổng cộng 93 đồng chí»: the whole of kinds the label names one of (totalOfNamedParts.ts).
  if (field.kind === "count" && /^\d/.test(text.slice(o.start, o.end))) {
    const kinds = at.once("namedParts", () => partKindsBeforeTotal(text, o.start, o.end));
    if (kinds !== null && labelNamesPart(field.label, kinds)) return "unnamedPart";
  }
  // «tiếp định kỳ … và tiếp đột xuất … (10 lượt, 14 người)»: both kinds together, neither alone (bothKinds.ts).
  if (field.kind === "count" && /^\d/.test(text.slice(o.start, o.end)) && countsBothKinds(text, o.start, o.end, own.labelSiblings)) return "sibling";
  // «Có 61 người có trình độ thạc sĩ và tiến sĩ»: both kinds in the number's own words (bothKinds.ts).
  if (field.kind === "count" && /^\d/.test(text.slice(o.start, o.end)) && describesBothKinds(text, o.start, o.end, own.kindSiblings)) return "sibling";
  // «01 từ Phòng Tổng hợp sang Phòng Nội chính» for a move into a new room: no new room said (newUnitMove.ts).
  if (field.kind === "count" && newUnitUnsaid(field.label, at.sentenceText)) return "general";
  // «Câu 15. Đơn thư …?» answered «Trả lời: Không có. Trong quý, Sở tiếp nhận 27 đơn …»: the question's answer is none (answeredNone.ts).
  if (FIGURES.has(field.kind) && afterNoneAnswer(text, o.start, own.words)) return "otherSide";
  // «03 đồng chí Phó Chủ tịch kiêm người đứng đầu tổ chức …» for leaders heading the centre: another second post (concurrentRole.ts).
  if (field.kind === "count" && otherConcurrentRole(field.label, text, o.end)) return "general";
  // «chấm dứt hợp đồng 01 lái xe»: a contract ended, not the staff under contract (contractChange.ts).
  if (field.kind === "count" && changedContracts(field.label, text, o.start)) return "comparison";
  // «nhận được ý kiến (…), đã trả lời tại hội nghị (06) ý kiến»: those answered, not those received (answeredPart.ts).
  if (field.kind === "count" && answeredPart(text, o.start, at.sentence.from, own.words)) return "unnamedPart";
  // «(trong đó trực tuyến 6.847 hồ sơ, …)»: one channel's share of the files, no outcome's (channelPart.ts).
  if (field.kind === "count" && /^\d/.test(text.slice(o.start, o.end)) && channelShare(own.placeWords, text, o.start)) return "unnamedPart";
  // «Tỷ lệ hồ sơ nộp trực tuyến đạt 71,3%»: one channel's rate, no outcome's (channelPart.ts).
  if (field.kind === "percent" && channelRate(own.placeWords, text, o.start)) return "unnamedPart";
  // «Số hồ sơ tồn của kỳ trước chuyển sang: 67 hồ sơ»: what the earlier period left, no figure of this one (carriedOver.ts).
  if (field.kind === "count" && /^\d/.test(text.slice(o.start, o.end)) && carriedOver(own.placeWords, text, o.start, o.end)) return "otherPeriod";
  // «Số hồ sơ tiếp nhận trong kỳ là 5.679 hồ sơ» beside a carry-over: the new ones, a part of the received total (carriedOver.ts).
  if (field.kind === "count" && /^\d/.test(text.slice(o.start, o.end)) && !namesNew(own.placeWords) && at.once("newOnly", () => newOnly(text, o.start))) return "unnamedPart";
  // «Các sở, ngành đã trả lời 37 ý kiến»: those answered, with no receiving said at all (answeredPart.ts).
  if (field.kind === "count" && answeredAlone(text, o.start, at.sentence.from, own.words)) return "unnamedPart";
  if (FIGURES.has(field.kind) && /^\d/.test(text.slice(o.start, o.end)) && placesPart(ctx, own, at.once("placeOwning", () => placeOwning(text, o.start, at.sentence)))) return "unnamedPart";
  if (at.approximate) return "approximate";
  if (at.broken) return "broken";
  if (at.superseded) return "superseded";
  // «03 cá nhân [… đề nghị kiểm tra lại số này]» with «… chưa có kết quả» in the compiler's note: unsettled (unsettledFigures.ts).
  if (/^\d/.test(text.slice(o.start, o.end)) && at.once("unsettled", () => unsettledFigure(text, o.start))) return "unsettled";
  const digits = /^\d/.test(text.slice(o.start, o.end));
  if (digits && at.once("earlierReport", () => quotesEarlierReport(text, o.start))) return "superseded";
  // «(3) Bổ nhiệm: …; 02 Phó Chánh Văn phòng»: appointed, not in post (staffActLead.ts).
  if (field.kind === "count" && digits && !namesStaffAct(`${field.label} ${(field.wording ?? []).join(" ")}`) && at.once("staffActList", () => inStaffActList(text, o.start))) return "otherEvent";
  // «03 phòng chuyên môn và 01 trạm trực thuộc»: one kind of the units beside another, not all of them (unitKindsJoined.ts).
  if (own.unitList && field.kind === "count" && digits && oneKindOfUnits(text, o.end, own.unitSiblings)) return "unnamedPart";
  // «A và B lần lượt là 84 và 77»: the number is its own label's; a figure a list names is the list's (respectivePairs.ts).
  if (FIGURES.has(field.kind) && digits && respectiveRefuses(text, o.start, own.words)) return "sibling";
  const claim = FIGURES.has(field.kind) ? ctx.claims.get(field.id) : undefined;
  if (claim && digits && !claim.some((c) => c.start === o.start || c.value === writtenValue(text.slice(o.start, o.end)))) return "superseded";
  if (field.kind === "count" && digits && at.once(`notCount:${countsTime(field.unit)}`, () => notACount(text, o.start, o.end, field.unit))) return "notCount";
  if (field.kind === "count" && digits && (at.rowNumber || itemMark(text, o.start, o.end))) return "notCount";
  // «Cộng⇥115» under «Tổng số» in a staff table: a total of what the table is about (blindTotal.ts).
  if (FIGURES.has(field.kind) && digits && blindTotal(at.once("totalCell", () => totalCellAbout(text, o)), own.words)) return "otherColumn";
  // «Tổng cộng⇥102⇥103» under rows «Công chức», «Viên chức»: all kinds of staff together, no one kind's (staffTotalRow.ts).
  if (field.kind === "count" && digits && !wholeFigure(field) && oneKind(field.label) !== null && at.once("staffTotal", () => staffKindsTotal(text, o))) return "otherColumn";
  // «Thạc sĩ⇥18⇥03⇥21» under «Công chức | Viên chức | Cộng»: a figure naming no kind of staff is the kinds' total (staffTotalRow.ts).
  if (field.kind === "count" && digits && !namesStaffKind(field.label) && at.once("staffKindColumn", () => oneKindColumn(text, o))) return "otherColumn";
  if (field.kind === "count" && digits && !wholeFigure(field) && oneKind(field.label) !== null && at.once("roomRow", () => roomRowAboveTotal(text, o))) return "otherRoom";
  // «Lãnh đạo UBND Thành phố⇥0» for the wards' level «UBND các huyện, thành phố»: one body's row (singleBodyRow.ts).
  if (FIGURES.has(field.kind) && asksLevel(field.label) && at.once("singleBodyRow", () => singleBodyRow(text, o))) return "otherLevel";
  // «03 Phó Chánh Thanh tra» for the office's «Phó Chánh Văn phòng»: another body's deputies (vetoDeputy.ts).
  if (field.kind === "count" && otherBodysDeputy(field.label, text, o.start, o.end)) return "otherBody";
  // «Văn phòng Sở có … 02 Phó Chánh Văn phòng» in a department's report: its room's posts, not the office's (vetoDeputy.ts).
  if (field.kind === "count" && officePostElsewhere(field.label, ctx.ownBody, ctx.ownerKinds)) return "otherBody";
  // «Văn phòng HĐND và UBND⇥9⇥8⇥1» for «Số Phó Chánh Văn phòng»: a room's staff, no post said in its cell (postCells.ts).
  if (field.kind === "count" && digits && at.once(`postCell:${field.label}`, () => postUnsaidInCell(field, at.cell, text, o.start, o.end))) return "otherRoom";
  // «01 Phó Chánh Văn phòng kiêm Phó Giám đốc Trung tâm» for «kiêm nhiệm Giám đốc Trung tâm» (vetoConcurrent.ts).
  if (field.kind === "count" && otherConcurrentPost(field.label, text, o.start, o.end)) return "otherBody";
  // «… kiêm nhiệm, Văn phòng cử ba công chức làm việc tại Trung tâm»: staff sent there, no post held (vetoConcurrent.ts).
  if (field.kind === "count" && staffNotConcurrent(field.label, text, o.start, o.end)) return "headNoun";
  // «… do các phòng chuyên môn cử ra (Văn phòng 02, Phòng Kinh tế 03, …)»: staff sent to work there, no move (vetoConcurrent.ts).
  if (field.kind === "count" && digits && sentNotMoved(field.label, text.slice(at.sentence.from, o.start), at.sentenceText)) return "headNoun";
  if (at.otherPeriod) return "otherPeriod";
  // «quý trước 104 người, quý này 101 người»: the earlier period's figure set before this one's (vetoEarlier.ts).
  if (FIGURES.has(field.kind) && !own.comparison.earlier && !own.comparison.change && at.once("earlierBesideThis", () => earlierBesideThis(at.sentenceText, o.start - at.sentence.from))) return "otherPeriod";
  // «- Kế hoạch quý III: … luân chuyển 03 công chức» in quý II's report: the next quarter's plan, no figure done
  // (periodScope.ts laterPlanned); a figure planned for the quarter («dự kiến») may be written so.
  if (!own.planned && FIGURES.has(field.kind) && at.once("laterPlanned", () => laterPlanned(text, o.start, o.end, ctx.period))) return "otherPeriod";
  // «… năm 2026 gồm 08 nhóm …. Dự thảo Kế hoạch năm 2027 gồm 09 nhóm …»: next year's beside the report's year's (laterYearPlan.ts).
  if (!own.planned && FIGURES.has(field.kind) && at.once("laterYear", () => laterYearBesideOwn(text, o.start, ctx.period))) return "otherPeriod";
  // «Ngoài số liệu trên, Ban Tiếp công dân tỉnh tiếp thường xuyên 132 lượt»: left out of the sums' figures (beyondFigures.ts).
  if (FIGURES.has(field.kind) && ctx.summed.has(field.id) && at.once("besidesAbove", () => besidesFiguresAbove(text, o.start))) return "general";
  // «Lũy kế từ đầu năm, … tiếp nhận 7.349 hồ sơ» in a first quarter or January: the year to date, not surely the
  // period's own figure, which binds where it is written (periodScope.cumulativeInFirst).
  if (FIGURES.has(field.kind) && at.once("cumulativeInFirst", () => cumulativeInFirst(text, o.start, o.end, ctx.period))) return "otherPeriod";
  // «(tổng 3 xã cũ trước sắp xếp được giao 63, có mặt 59)»: the former units' figures before a merger (formerUnits.ts).
  if (FIGURES.has(field.kind) && digits && at.once("formerUnits", () => formerUnitsAside(text, o.start))) return "otherPeriod";
  // «52 người chuyển từ Văn phòng UBND tỉnh Ninh Bình (cũ)»: one former body's share of a merged body's (formerUnits.ts).
  if (FIGURES.has(field.kind) && digits && at.once("fromFormer", () => fromFormerUnit(text, o.start, o.end))) return "unnamedPart";
  // «(05 đơn vị cũ có tổng cộng 23 công chức …)»: the units before a merger counted, no unit of today (formerUnits.ts).
  if (field.kind === "count" && digits && countsFormerUnits(text, o.end)) return "otherPeriod";
  // «Tính chung cả quý, kể cả số liệu của 03 xã cũ …, toàn xã tiếp nhận 4.285 hồ sơ»: old and new units together (formerUnits.ts).
  if (FIGURES.has(field.kind) && digits && at.once("includesFormer", () => includesFormerUnits(text.slice(at.sentence.from, o.start)))) return "otherPeriod";
  // «Khi hợp nhất, Trung tâm tiếp nhận nguyên trạng 06 công chức …»: a merged body's staff, no one received (formerUnits.ts).
  if (field.kind === "count" && digits && at.once("takenOver", () => takenOverWhole(text.slice(at.sentence.from, o.start)))) return "otherPeriod";
  if (digits && at.once("unnamedColumn", () => unnamedColumn(text, o))) return "otherColumn";
  if (field.kind === "date" && roleClash(field.label, text, o.start, o.end)) return "dateOrder";
  // «… Trung tâm thành phố từ ngày 01/7/2025» in quý III/2026's report: a year before, no bound of its figures (dateInPeriod.ts).
  if (field.kind === "date" && outsideQuarter(text.slice(o.start, o.end), ctx.period)) return "otherPeriod";
  if (field.kind === "count" && at.agentsBefore) return "otherAgents";
  if (field.kind === "count" && digits && at.once(`headNoun:${own.unit ?? ""}:${field.label}`, () => otherHeadNoun(own.unit, text, o.end, field.label) || countedBefore(own.unit, text, o.start) || spelledOtherUnit(own.unit, text, o.end))) return "headNoun";
  // «được giao 28 người làm việc, hiện có 26 viên chức»: a public-service unit's quota, not the civil servants' (staffKinds.ts).
  if (field.kind === "count" && digits && otherStaffKind(`${field.label} ${(field.wording ?? []).join(" ")}`, text, o.end, o.start, at.clause.from)) return "headNoun";
  // «Viên chức» over «Được giao» in a table's header: the units' quota column, not the civil servants' (staffKinds.ts).
  if (field.kind === "count" && digits && at.cell !== null && otherKindColumn(`${field.label} ${(field.wording ?? []).join(" ")}`, `${at.cell.group} ${at.cell.header}`, at.cell.label)) return "otherColumn";
  // «UBND phường hiện có Chủ tịch và 02 Phó Chủ tịch»: a post's holders, no quota's count (postHolders.ts).
  if (field.kind === "count" && digits && postHoldersForQuota(`${field.label} ${(field.wording ?? []).join(" ")}`, text, o.end)) return "headNoun";
  // «16 viên chức» with no word of secondment around it for «Viên chức biệt phái»: all of that unit (unqualifiedKind.ts).
  if (field.kind === "count" && digits && unqualifiedCount(own.qualified, text, o.end, () => at.once("partScope", () => wordsAround(text, o.start, o.end)))) return "headNoun";
  // «03 Phó Trưởng phòng (Phòng Tổng hợp 02 đồng chí, …)»: a breakdown counts its total's post (bracketPost.ts).
  if (field.kind === "count" && digits && otherPostsPart(own.unit, text, o.start, o.end)) return "headNoun";
  // «17 công chức … được nâng bậc lương thường xuyên»: a regular rise, no early one (qualifiedAfter.ts).
  if (field.kind === "count" && digits && regularNotEarly(field.label, text, o.end)) return "otherSide";
  // «do 01 Phó Chánh Văn phòng UBND tỉnh kiêm nhiệm»: a deputy holding another post too, not all deputies (qualifiedAfter.ts).
  if (field.kind === "count" && digits && own.unit !== null && POSTS.has(own.unit) && concurrentHolders(field.label, text, o.end)) return "sibling";
  // «Giáo viên hợp đồng: 09»: teachers on contract, not the office's contract staff (otherPeopleLabel.ts).
  if (field.kind === "count" && digits && otherPeopleLabel(field.label, text, o.start)) return "headNoun";
  // «47 đồng chí từ trung cấp trở lên»: every level from it up, no one level's count (atLeastLevel.ts).
  if (field.kind === "count" && digits && fromLevelUp(field.label, text, o.end)) return "sibling";
  // «hiện có 3.460 học sinh, sinh viên»: the people a school serves, not its staff (otherPeopleLabel.ts).
  if (field.kind === "count" && digits && servedPeopleAfter(field.label, text, o.end)) return "headNoun";
  // «Bổ nhiệm Phó Trưởng phòng (01 …, 02 …)⇥03»: the bracket's numbers are parts of the number after it (bracketTotal.ts).
  if (field.kind === "count" && digits && wholeFigure(field) && partOfFollowingTotal(text, o.start, o.end)) return "unnamedPart";
  // «11 đơn (07 đơn kiến nghị, 02 đơn khiếu nại, …)» for «Đơn thư, khiếu nại, tố cáo»: one kind of the whole (kindPart.ts).
  if (field.kind === "count" && listsKinds(field.label) && (digits ? kindInBracket(text, o.start, o.end) || kindUnderCount(text, o.start, o.end) || kindAfterCount(field.label, text, o.start, false) : kindAfterCount(field.label, text, o.start, true))) return "unnamedPart";
  // «03 phản ánh (thủ tục đất đai 02, hộ tịch 01)»: a bracket's parts count what the count they add up to counts (bracketBreakdown.ts).
  if (field.kind === "count" && digits && own.unit !== null && brokenDownOther(own.unit, text, at.once("brokenDown", () => brokenDownCountEnd(text, o.start)))) return "headNoun";
  // «gồm 16 nhiệm vụ, đến nay đã hoàn thành 07 nhiệm vụ»: the part done so far of a whole just stated (completedPart.ts).
  if (field.kind === "count" && digits && !countsCompleted(field.label) && at.once("completedPart", () => completedPart(text, o.start, o.end))) return "doneForPlanned";
  // «làm việc tại hai đơn vị sự nghiệp»: units named in passing as where others work (placeMentions.ts).
  if (field.kind === "count" && at.once(`passing:${own.subject.join(" ")}`, () => mentionedInPassing(text, o.start, own.subject))) return "otherRoom";
  // «Lãnh đạo UBND tỉnh … (02 lượt): Chủ tịch … (01 lượt); Phó Chủ tịch … (01 lượt)»: a member's share (memberShares.ts).
  if (field.kind === "count" && digits && shareOfNamedTotal(at.once("memberShare", () => memberShare(text, o.start, o.end)), own.subject)) return "unnamedPart";
  // «04 Phó Trưởng phòng và tương đương (…, 02 Phó Trưởng phòng Kinh tế, …)»: every room's, no one room's (equivalentPosts.ts).
  if (field.kind === "count" && digits && own.rooms.length > 0 && countsWithEquivalents(text, o.end)) return "sibling";
  // «A và B mỗi nơi tiếp 01 đoàn đông người»: each one's count, not the whole's (eachOnes.ts); a figure of one named
  // room («Phó Trưởng phòng Khoa giáo - Văn xã») is that one's, «mỗi phòng 01 người» gives it.
  if (field.kind === "count" && digits && own.rooms.length === 0 && at.once("eachOne", () => eachOnesCount(text, o.start))) return "unnamedPart";
  // «02 viên chức của Nhà khách … đang biệt phái sang …»: seconded staff, not a head count (passiveAct.ts).
  if (field.kind === "count" && digits && otherStaffAct(own.placeWords, at.once("staffAct", () => staffActOf(text, o.end, at.clause.to)))) return "otherEvent";
  // «(tháng trước: 01 đoàn, 09 người)»: the delegation's members, not the people received (delegationMembers.ts).
  if (field.kind === "count" && digits && own.unit === "người" && !aboutDelegations(field.label) && delegationMembers(text, o.start)) return "unnamedPart";
  // «trao 45 suất quà» for a count of documents, «10/10 huyện» for one of delegations: another kind of thing (countedKinds.ts).
  // «04 đồng chí đang học cao cấp lý luận chính trị»: people still studying hold no level yet (studying.ts).
  // The number's own fact first, once per number; the figure's words only where it says studying.
  if (field.kind === "count" && digits && at.once("studying", () => countsStudying(text, o.start, o.end)) && !aboutStudying(`${field.label} ${(field.wording ?? []).join(" ")}`)) return "headNoun";
  // «(trong đó 09 người đang học nghiên cứu sinh, cao học)» beside the degrees: a degree's students, not theory's (studying.ts).
  if (field.kind === "count" && digits && aboutTheory(field.label) && at.once("studiesDegree", () => studiesDegree(text, o.start, o.end))) return "headNoun";
  // …a count in words too: «tại hai đơn vị sự nghiệp là 24» counts units, not the staff allotted (spelledNumbers.ts).
  if (field.kind === "count" && (digits || spelledCount(text.slice(o.start, o.end))) && at.once(`kind:${own.nouns.join(",")}`, () => countsOtherKind(own.nouns, text, o.end))) return "headNoun";
  // «11 cuộc họp giao ban, hội nghị»: the briefings and another kind of meeting counted together (joinedKinds.ts).
  if (field.kind === "count" && digits && own.nouns.length > 0 && at.once(`joined:${field.label}`, () => countsJoinedKinds(field.label, text, o.end))) return "headNoun";
  if (field.kind === "count" && at.once(`about:${own.subject.join(" ")}`, () => documentsAboutOther(own.nouns, own.subject, text, o.end))) return "headNoun";
  if (field.kind === "count" && at.once(`award:${[...own.award.titles, "|", ...own.award.givers].join(",")}`, () => otherAward(own.award, text, o.start, o.end) || giverNamedElsewhere(own.award, text, o.start, o.end) || unnamedAward(own.award, text, o.start, o.end))) return "otherAward";
  if (field.kind === "count" && own.awardText !== null && ownAwardOf(own.awardText, at.once("ownAward", () => ownHeadAward(text, o.start, o.end, ctx.ownBody)))) return "ownAward";
  if (comparisonVetoes(at.comparison, own.comparison)) return "comparison";
  if (own.comparison.earlier && !own.comparison.change && yearAgoForPrevious(text.slice(at.sentence.from, o.start), `${field.label} ${(field.wording ?? []).join(" ")}`)) return "comparison";
  // A cell under last period's column is stated as earlier by its header (tableGrid.ts lastPeriodCell).
  if (own.comparison.earlier && !own.comparison.change && at.once("earlierUnstated", () => earlierUnstated(at.sentenceText, ctx.period.kind === "month" ? ctx.period.index : null) && !lastPeriodCell(text, o, ctx.period))) return "comparison";
  if (at.otherPeriodCell && comparisonVetoes("earlier", own.comparison)) return "comparison";
  if (at.once(`level:${JSON.stringify(own.level)}:${organisation?.join("|") ?? ""}`, () => otherLevelAt(ctx, own, o))) return "otherLevel";
  if (at.otherAgents) return "otherAgents";
  if (own.partWords.length > 0 && unnamedPart(text, o.start, o.end, own.partWords, at.once("partScope", () => wordsAround(text, o.start, o.end)))) return "unnamedPart";
  const sentence = at.sentence;
  if (isDoneForPlanned(text, o.start, o.end, own.planned && ctx.plans)) return "doneForPlanned";
  // Targets, other agencies, a department's own sector, earlier periods opening the sentence (vetoTarget.ts, vetoEarlier.ts).
  const figure = field.kind === "count" || field.kind === "percent";
  if (figure && !own.planned && at.once("target", () => isTarget(text, o.start))) return "target";
  // A plan labelled beside what was done (planLabel.ts); one month's share of a quarter told month by month (monthShare.ts).
  if (figure && !own.planned && at.once("planLabel", () => planLabelled(text, o.start))) return "target";
  // A year's plan in a later quarter for a figure planned for the quarter (yearPlan.ts).
  if (figure && own.planned && at.once("yearPlan", () => yearsPlanBefore(text.slice(sentence.from, o.start), ctx.period, text.slice(o.end, Math.min(sentence.to, o.end + 50))))) return "otherPeriod";
  // A plan column, or the part on the next period's tasks (planPlaces.ts). A correction of a stated figure is no plan,
  // wherever the clerk put it («Ghi chú: … đúng là 10.986 … ghi nhầm là 10.968», corrections.ts).
  if (figure && !own.planned && at.once("planPlace", () => (inTasksPart(text, o.start) && !isCorrection(text, o.start, o.end)) || planColumn(at.header))) return "target";
  // …and a figure planned takes nothing from the done column beside a plan of another number (planPlaces.ts).
  if (figure && own.planned && digits && at.once("doneColumn", () => doneColumnOf(text, o))) return "doneForPlanned";
  // What fell short («Tồn tại, hạn chế: còn 01 đơn vị chưa kiểm tra»), unless the figure counts a shortfall itself (shortcomings.ts).
  if (figure && !countsShortfall(field.label) && at.once("shortcomings", () => inShortcomings(text, o.start))) return "shortcoming";
  // «Thứ nhất, thiếu 02 công chức như đã nói»: a count said lacking, no act's (shortcomings.ts).
  if (figure && digits && at.once("lacking", () => lackingCount(text, o.start)) && !countsShortfall(field.label)) return "shortcoming";
  if (field.kind === "count" && at.once("monthShare", () => monthShare(text, o.start, o.end, ctx.period.kind))) return "otherPeriod";
  // One day's session of a paragraph telling them day by day (datedSessions.ts).
  if (field.kind === "count" && at.once(`datedSession:${JSON.stringify(own.level)}:${own.organisation?.join("|") ?? ""}`, () => datedSession(text, o.start, (n) => otherLevelAt(ctx, own, n)))) return "otherPeriod";
  if (figure && at.once(`agency:${organisation?.join("|") ?? ""}`, () => otherAgencySubject(text, sentence.from, o.start, organisation, ctx.issuer))) return "otherAgency";
  // «Bộ phận một cửa UBND thành phố Tam Điệp tiếp nhận …», «Bộ phận Một cửa của Sở Y tế tại Trung tâm …»: another
  // body's desk or centre, named by its owner, is that body's (otherDesk.ts).
  if (figure && at.once("otherDesk", () => otherBodysDesk(text, sentence.from, o.start, ownBodies(ctx)))) return "otherAgency";
  // «tham mưu UBND xã xây dựng kế hoạch kiểm tra … tại 04 xóm»: the advised government's act, unless the report is
  // about that government (the body reported on, as for advisedPlaces and heldByOtherHead: advisedAct.ts).
  if (field.kind === "count" && at.once("advisedAct", () => advisedBodysAct(text, o.start, ctx.reported))) return "otherAgency";
  // «tham mưu dự kiến kiểm tra … tại 03 khu phố»: grassroots places or a government's units, its check (advisedAct.ts).
  if (field.kind === "count" && digits && at.once("advisedPlaces", () => advisedPlaces(text, o.start, o.end, ctx.reported) || restatesAdvisedPlaces(text, o.start, o.end, ctx.reported, inTasksPart(text, o.start)))) return "otherAgency";
  // «Chủ tịch UBND tỉnh đối thoại …, ghi nhận 14 ý kiến» for the own head's dialogue: another head's act (otherHeadsAct.ts).
  if (field.kind === "count" && own.ownHeadsAct && at.once("otherHead", () => heldByOtherHead(text, sentence.from, o.start, ctx.reported))) return "otherAgency";
  // «nhận được 03 đơn thư của công dân» beside «không có đơn khiếu nại, tố cáo đối với công chức của Văn phòng» (ownStaffLetters.ts).
  if (field.kind === "count" && digits && own.ownStaffLetters && lettersBesideStaffStatement(text, o.start, o.end, ownStaffStatements(text, ctx.reported))) return "headNoun";
  // «tiếp nhận 04 đơn (trong đó 03 đơn về đất đai)»: citizens' letters about their own matters, none about the staff (ownStaffLetters.ts).
  if (field.kind === "count" && digits && own.ownStaffLetters && citizensMatterLetters(text, o.start, o.end, at.clause)) return "headNoun";
  // A department's own sector is its own (the corpus's ruling 2): a count restricted to it is refused only as a named
  // body's figure (the province's centre, an office's desk), of which it is the sector's share (vetoTarget.ts).
  if (field.kind === "count" && organisation && at.once("ownSector", () => ownSectorOnly(text, o.start, o.end, ctx.issuer))) return "otherAgency";
  // A department's own files named with the centre as their channel, or under its own sector's heading (vetoChannel.ts).
  // Under a heading naming the department's own desk at the centre («tại quầy của Sở ở Trung tâm …»), the department as
  // the subject is that desk, the form's own (deskAtCentre.ts): «Sở tiếp nhận 1.340 hồ sơ» there is the desk's figure.
  const ownDeskHeading = () => ctx.desks.length > 0 && organisation !== null && organisation.some((n) => ctx.desks.includes(n)) && namesOrganisation(at.scopeLower, ctx.desks);
  if (figure && at.once(`department:${organisation?.join("|") ?? ""}`, () => departmentSubject(text, sentence.from, o.start, organisation, ctx.issuer)) && !at.once(`ownDesk:${organisation?.join("|") ?? ""}`, ownDeskHeading)) return "otherAgency";
  if (figure && organisation && at.once("sectorHeading", () => sectorHeading(text, o.start, ctx.issuer))) return "otherAgency";
  if (figure && at.once("earlierTopic", () => earlierTopic(text, sentence.from, o.start, at.clause.from) || earlierTail(text, o.end, sentence.to)) && comparisonVetoes("earlier", own.comparison)) return "otherPeriod";
  // «… họp được mười hai cuộc, ngoài ra họp giao ban với khu phố hai cuộc»: a count added besides one of the same unit (besidesMain.ts).
  if (field.kind === "count" && at.once("addedBesides", () => addedBesidesCounted(text, sentence.from, o.start, o.end))) return "general";
  // «So với quý III (…) tiếp nhận 2.965 hồ sơ thì tăng 453 hồ sơ»: the basis of a comparison, the earlier period's (vetoEarlier.ts).
  if (figure && at.once("comparedBasis", () => comparedBasis(text, o.start, o.end, sentence.to, ctx.period, at.clause.from)) && comparisonVetoes("earlier", own.comparison)) return "otherPeriod";
  // «(03 lượt, 04 người) sau ngày chốt số liệu, sẽ tổng hợp vào báo cáo tháng 11/2026»: a later report's (laterReport.ts).
  if (figure && at.once("laterReport", () => forLaterReport(at.sentenceText))) return "otherPeriod";
  if (figure && !own.yearSection && at.once("earlierYear", () => earlierYearTopic(text, sentence.from, o.start, ctx.period.year ?? ctx.year))) return "otherPeriod";
  // «tính đến ngày 14/6/2026, … ban hành 04 quyết định» in quý III's report: counted up to a date before the
  // period began, an earlier period's figure (datedBefore.ts).
  if (figure && at.once("datedBefore", () => datedBeforePeriod(text, o.start, o.end, { kind: ctx.period.kind, index: ctx.period.index, year: ctx.period.year ?? ctx.year }, at.clause))) return "otherPeriod";
  // «… đã tổ chức ngày 25/3/2024 (quý I), Văn phòng nhận được 05 ý kiến» in quý III's: an earlier event's yield (datedBefore.ts).
  if (figure && at.once("heldBefore", () => heldBeforePeriod(text.slice(Math.max(sentence.from, o.start - 200), o.start), { kind: ctx.period.kind, index: ctx.period.index, year: ctx.period.year ?? ctx.year }))) return "otherPeriod";
  // «(Toàn ngành có 21 tiến sĩ, 612 thạc sĩ …)»: the whole sector's, not the office's (wholeSector.ts).
  if (figure && !countsWhole(field.label) && at.once("wholeSector", () => wholeSectorBefore(text, sentence.from, o.start))) return "general";
  if (figure && comparisonVetoes("earlier", own.comparison) && at.once("quoted", () => quotedForComparison(text, o.start) || underReferencePart(text, o.start))) return "comparison";
  if (field.kind === "count" && !countsLearners(field.label) && at.once("learners", () => learnersBefore(text, o.start))) return "headNoun";
  if (otherBody(at.sentenceText, own.bodies)) return "otherBody";
  // Within the number's clause: «Kết quả: 03 lượt/14 người; đã giao … UBND xã Mai Sơn kiểm tra» names the commune
  // for what was done after, not whose receptions the figures are.
  if (field.kind === "count" && own.bodyLevels.length > 0 && otherBodyLevel(clauseText(text, sentence, o.start, o.end), own.bodyLevels)) return "otherBody";
  // An award for another purpose, what each counts set aside (vetoPurpose.ts).
  if (field.kind === "count" && otherPurpose(ctx.purposes.get(field.id), at.sentenceText)) return "rival";
  // «… có thành tích trong công tác bầu cử đại biểu … HĐND các cấp»: the election's award (vetoPurpose.ts).
  if (field.kind === "count" && digits && electionAward(field.label, text, o.start, o.end)) return "rival";
  // «Bộ trưởng Bộ Tài chính tặng Bằng khen cho 04 cá nhân và 01 tập thể»: that giver's award, not one for a purpose its
  // sentence never names (vetoPurpose.ts givenWithoutPurpose).
  if (field.kind === "count" && givenWithoutPurpose(ctx.givenPurposes.get(field.id), () => awardAt(text, o.start, o.end).giver !== null, at.sentenceText)) return "otherAward";
  if (own.special.length > 0) {
    const words = at.once("sentenceSingles", () => single(featureSet(at.sentenceText)));
    const nounSyllables = new Set(own.nouns.flatMap((n) => n.split(/\s+/u)));
    // Its sentence names the general figure without the extra words, or, in prose, names neither («Tuyển dụng 04 viên
    // chức qua kỳ xét tuyển» beside «Hiện có 03 viên chức … đang biệt phái»: no request, and no secondment either). A
    // table's row («Số người⇥06⇥15») and a label line under a heading («+ Số người: 07 người») leave the rest to their
    // headers.
    const prose = !/[\t|:]/u.test(at.sentenceText);
    const fitsGeneral = (d: { extra: string[]; general: ReadonlySet<string> }) =>
      !d.extra.some((w) => words.has(w)) && ([...d.general].every((w) => words.has(w)) || (prose && ![...d.general].some((w) => words.has(w) && !nounSyllables.has(w))));
    if (own.special.some(fitsGeneral)) return "general";
  }
  // «14 phản ánh, kiến nghị về thái độ phục vụ, thời gian chờ» for the feedback on administrative rules (serviceFeedback.ts).
  if (own.rulesFeedback && at.once("aboutService", () => aboutService(text, sentence))) return "headNoun";
  // «Trình xin biệt phái viên chức: 01» for «Viên chức biệt phái»: a request, not the fact (requestLead.ts).
  if (field.kind === "count" && !own.requests && at.once("request", () => requestedOnly(text, sentence.from, o.start))) return "request";
  // «VP trình UBND tỉnh cho biệt phái 01 VC» for «Viên chức biệt phái»: a narrower figure's act (narrowerLead.ts).
  // People counted by what befell them only (a qualified kind, unqualifiedKind.ts): «định kỳ» before the province
  // leaders' «03 lượt» says which receptions, not that another figure is meant.
  if (own.qualified !== null && own.narrower.length > 0 && narrowerLead(own.narrower, clauseLead(text, at.sentence.from, o.start))) return "general";
  return null;
}

/**
 * The number is one unit's figure among its fellows' (unitParts.ts), and that unit is not the field's own room
 * («Phòng Tổng hợp» for «Chuyên viên phòng Tổng hợp …») nor its organisation (the centre for the centre's figures).
 */
function unitsPart(ctx: VetoContext, own: FieldWords, at: SpanFacts, o: { start: number; end: number }): boolean {
  const ownKind = ctx.ownBody === null ? null : kindOf(ctx.ownBody);
  // «- Trung tâm: … 19» beside «- Văn phòng: … 46»: a unit's line beside the body's own (unitLineBesideBody.ts).
  const lead = at.once("unitOwning", () => unitOwning(ctx.text, o.start, o.end, at.sentence, ownKind) ?? unitLineBesideBody(ctx.text, o.start, ownKind));
  if (lead === null) return false;
  const written = lead.text.normalize("NFC").toLowerCase();
  // The field's organisation named, or its kind alone standing for it («- Trung tâm:» for the centre's figures).
  if (own.organisation !== null && (namesOrganisation(written, own.organisation) || own.organisation.some((n) => n.startsWith(written)))) return false;
  // «P. Tổng hợp» is read as the room it abbreviates.
  const rooms = roomNames(lead.text.replace(/^P\. /u, "Phòng "));
  return !rooms.some((n) => own.rooms.some((f) => n === f || n.startsWith(`${f} `)));
}

/**
 * The sentence up to `start`, read back to its full stop or its line's start however long it is (the vetoes'
 * sentence is cut at a length: «…ửa của Ban Quản lý tại Trung tâm …» would lose the desk its subject names).
 */
function sentenceBefore(text: string, start: number): string {
  const line = text.slice(Math.max(text.lastIndexOf("\n", start - 1) + 1, start - 3000), start);
  const stops = [...line.matchAll(/[.!?][ \t]+(?=\p{Lu})/gu)];
  const last = stops.at(-1);
  return last === undefined ? line : line.slice(last.index + last[0].length);
}

/**
 * Text in lower case with its brackets left out: «(cùng kỳ Bộ phận Một cửa huyện … 5.299 hồ sơ)» is an aside, and so
 * is the tail of one the text starts inside (a sentence read from within a bracket).
 */
function asideless(text: string): string {
  return text.replace(/\([^()\n]*\)/gu, " ").replace(/^[^()\n]*\)/u, " ").normalize("NFC").toLowerCase();
}

/** A count written in words («hai», «ba»), not the words for none («không có»: zeroWords.ts reads what is none). */
function spelledCount(written: string): boolean {
  return /^\p{L}+$/u.test(written) && !/^không$/iu.test(written);
}

/**
 * The number is one place's share among its fellows' (placeParts.ts), a place the field's own words do not name,
 * and not the issuer's own level in a form that does not add levels up.
 */
function placesPart(ctx: VetoContext, own: FieldWords, lead: PlaceLead | null): boolean {
  return lead !== null && !namesPlaceKind(own.placeWords, lead) && !issuersLevel(lead, ctx.level, ctx.levelled) && !issuersPlace(lead, ctx.issuer);
}

/** The count a bracket breaks down (ending at `countEnd`, -1 for none) counts another thing than the field's unit. */
function brokenDownOther(unit: string, text: string, countEnd: number): boolean {
  if (countEnd === -1) return false;
  const head = unitAt(syllables(text.slice(countEnd, countEnd + 40).split(/[,;.:()\n\t]/)[0] ?? ""));
  return head !== null && head !== unit && !sameGroup(head, unit);
}

/**
 * The report's own bodies as its opening names them: the header, the issuing body, the body reported on; a text
 * with no header (a news item, a pasted extract) has its first line, its title, stand for them.
 */
function ownBodies(ctx: VetoContext): Array<string | null> {
  const named = [ctx.issuer, ctx.ownBody, ctx.reported];
  return named.some((b) => b !== null) ? named : [/^\s*([^\n]{0,300})/u.exec(ctx.text)?.[1] ?? ""];
}

/** Another level's figure, by the sentence, a named unit in it, or the paragraph it continues. */
export function otherLevelAt(ctx: VetoContext, own: FieldWords, o: { start: number; end: number }): boolean {
  const { text, level } = ctx;
  const names = (lower: string) => own.organisation !== null && namesOrganisation(lower, own.organisation);
  // The whole of a split by levels is a total's, or the figure of a field that names no level (vetoText.wholeOfLevels).
  const whole = wholeIsOtherLevel(text, o.start, o.end, own.level);
  if (whole !== null) return whole;
  // «Toàn tỉnh» adding up one body's seats is that body's total (seatsTotal.ts).
  if (seatsTotalRow(text, o) || wholeOfSeatsAbove(text, o.start)) return false;
  return (
    isOtherLevel(text, o.start, o.end, level, own.level) ||
    namedUnitBefore(text, o.start, o.end, level, own.level) ||
    levelCarried(text, o.start, o.end, level, own.level, names)
  );
}

/** The number's cell in a table row stands in a done column beside a plan of another number (planPlaces.ts). */
function doneColumnOf(text: string, o: { start: number; end: number }): boolean {
  const headers = columnHeaders(text, o);
  if (headers === null) return false;
  // The row as the grid reads it (tableGrid.ts): its cells trimmed, which a number cell's reading allows.
  const at = gridAt(text, o);
  return at !== null && doneUnlikePlan(at.grid.rows[at.row]!, at.column, headers);
}

const issuers = new WeakMap<VetoContext, Map<string, boolean>>();

/** The document's issuing body (documentHeader.ts) is the organisation itself. */
function issuedBy(ctx: VetoContext, organisation: readonly string[]): boolean {
  if (ctx.ownBody === null) return false;
  const known = issuers.get(ctx) ?? issuers.set(ctx, new Map()).get(ctx)!;
  const key = organisation.join("|");
  let found = known.get(key);
  if (found === undefined) known.set(key, (found = namesOrganisation(ctx.ownBody, organisation)));
  return found;
}
