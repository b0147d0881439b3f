-- Checklist templates from the Henan notice (豫卫医〔2023〕24号), for every region; regulators and
-- system admins edit them into new versions, hospitals add their own items.
insert into checklist_templates (code, version, name, description, created_by, created_at) values
 ('SAFE_HOSPITAL', 1, '平安医院安全秩序检查', '覆盖通知二、（二）至（三）各项职责：人防、物防、技防、消防、巡查、安检、演练、宣教、警医联动、风险排查。', 'system', current_timestamp),
 ('KEY_AREAS', 1, '重点要害部位防护检查', '通知二、（二）4.：供水供电供气供热供氧、数据中心、监控中心、财务、档案、大型设备、血液药品易燃易爆存放点的防护设施，双人双锁，围墙和隔离疏导设施。', 'system', current_timestamp),
 ('FIRE_SAFETY', 1, '消防安全检查', '通知二、（二）6.：日常消防巡查，严禁病房走廊加床、堵塞消防通道、室内或公共区域吸烟，及时排除隐患。', 'system', current_timestamp),
 ('TECHNICAL', 1, '技防系统检查', '通知二、（二）5.：入侵报警、视频监控、出入口控制、电子巡查系统互联互通，监控中心，视频全覆盖与联网，后备电源，录像保存。', 'system', current_timestamp);

insert into checklist_items (template_id, position, section, question, answer_type, expected, photo_required, requirement_id, severity)
select t.id, i.position, i.section, i.question, i.answer_type, i.expected, i.photo_required, i.requirement_id, i.severity
from checklist_templates t join (
  select 'SAFE_HOSPITAL' as code, 1 as position, '组织与制度' as section, '设有专职保卫机构（保卫处、科）并配备专职保卫人员' as question, 'YES_NO' as answer_type, 'YES' as expected, false as photo_required, 'PER-1' as requirement_id, 'MAJOR' as severity
  union all select 'SAFE_HOSPITAL', 2, '组织与制度', '领导班子本季度已听取安全秩序管理专题汇报', 'YES_NO', 'YES', false, 'RSK-3', 'MAJOR'
  union all select 'SAFE_HOSPITAL', 3, '组织与制度', '安全制度齐全并在有效期内（门卫、值班、巡查、安检、消防、应急等）', 'YES_NO', 'YES', false, 'REG-1', 'MINOR'
  union all select 'SAFE_HOSPITAL', 4, '人防', '在岗保安员人数（按就高不就低核定）', 'NUMBER', null, false, 'PER-2', 'MAJOR'
  union all select 'SAFE_HOSPITAL', 5, '人防', '保安员持证上岗，本年度培训考核不少于2次', 'YES_NO', 'YES', false, 'PER-4', 'MINOR'
  union all select 'SAFE_HOSPITAL', 6, '人防', '出入口、急诊、住院病区24小时值守，夜间巡查至少2人同行并有记录', 'YES_NO', 'YES', false, 'PAT-3', 'MAJOR'
  union all select 'SAFE_HOSPITAL', 7, '物防', '在岗保安员配备通讯设备和防护器械', 'YES_NO', 'YES', true, 'PHY-1', 'MAJOR'
  union all select 'SAFE_HOSPITAL', 8, '物防', '重点要害区域安装防护设施，库房和保险柜双人双锁', 'YES_NO', 'YES', false, 'PHY-2', 'MAJOR'
  union all select 'SAFE_HOSPITAL', 9, '技防', '一键式报警覆盖门卫室、门急诊、各科室和重点区域，并联网监控中心', 'YES_NO', 'YES', false, 'INC-1', 'CRITICAL'
  union all select 'SAFE_HOSPITAL', 10, '技防', '公共区域和重点区域视频监控全覆盖、无死角，并与公安联网', 'YES_NO', 'YES', false, 'TEC-2', 'MAJOR'
  union all select 'SAFE_HOSPITAL', 11, '技防', '录像保存天数', 'NUMBER', '90', false, 'TEC-5', 'MAJOR'
  union all select 'SAFE_HOSPITAL', 12, '消防', '消防通道畅通，无堵塞', 'YES_NO', 'YES', true, 'FIR-1', 'CRITICAL'
  union all select 'SAFE_HOSPITAL', 13, '消防', '病房走廊无加床，室内和公共区域无吸烟', 'YES_NO', 'YES', false, 'FIR-1', 'MAJOR'
  union all select 'SAFE_HOSPITAL', 14, '安检与巡查', '主要出入口实施安检，设有急危重症绿色通道', 'YES_NO', 'YES', false, 'SCR-1', 'MAJOR'
  union all select 'SAFE_HOSPITAL', 15, '应急与宣教', '本季度至少组织一次应急处置演练', 'YES_NO', 'YES', false, 'DRL-2', 'MAJOR'
  union all select 'SAFE_HOSPITAL', 16, '应急与宣教', '人员密集场所张贴打击涉医违法犯罪海报和提示标语', 'YES_NO', 'YES', false, 'TRN-2', 'MINOR'
  union all select 'SAFE_HOSPITAL', 17, '警医联动与风险排查', '设有警务室并明确职责（二级以上医院）', 'YES_NO', 'YES', false, 'POL-1', 'MAJOR'
  union all select 'SAFE_HOSPITAL', 18, '警医联动与风险排查', '本季度开展风险隐患和矛盾纠纷大摸排，整改台账逐项销号', 'YES_NO', 'YES', false, 'RSK-1', 'MAJOR'
  union all select 'KEY_AREAS', 1, '重点要害区域', '供水、供电、供气、供热、供氧中心有防护设施和门禁', 'YES_NO', 'YES', true, 'PHY-2', 'CRITICAL'
  union all select 'KEY_AREAS', 2, '重点要害区域', '计算机数据中心、安全监控中心有防护设施和出入登记', 'YES_NO', 'YES', false, 'PHY-2', 'MAJOR'
  union all select 'KEY_AREAS', 3, '重点要害区域', '财务室、档案室（含病案室）有防盗设施', 'YES_NO', 'YES', false, 'PHY-2', 'MAJOR'
  union all select 'KEY_AREAS', 4, '重点要害区域', '血液、药品、易燃易爆物品存放点有防护设施', 'YES_NO', 'YES', true, 'PHY-2', 'CRITICAL'
  union all select 'KEY_AREAS', 5, '现金与库房', '未及时送交银行的现金存放在符合标准的保险柜', 'YES_NO', 'YES', false, 'PHY-3', 'MAJOR'
  union all select 'KEY_AREAS', 6, '现金与库房', '专用库房和保险柜双人双锁，每次开启有登记', 'YES_NO', 'YES', false, 'PHY-3', 'MAJOR'
  union all select 'KEY_AREAS', 7, '周界与疏导', '医院周边设有围墙或栅栏', 'YES_NO', 'YES', false, 'PHY-4', 'MINOR'
  union all select 'KEY_AREAS', 8, '周界与疏导', '出入口、挂号处等人员密集处设有隔离疏导设施', 'YES_NO', 'YES', false, 'PHY-4', 'MINOR'
  union all select 'FIRE_SAFETY', 1, '消防通道', '消防通道、安全出口畅通，无堵塞、无锁闭', 'YES_NO', 'YES', true, 'FIR-1', 'CRITICAL'
  union all select 'FIRE_SAFETY', 2, '病区', '病房走廊无加床', 'YES_NO', 'YES', false, 'FIR-1', 'MAJOR'
  union all select 'FIRE_SAFETY', 3, '病区', '室内和公共区域无吸烟', 'YES_NO', 'YES', false, 'FIR-1', 'MINOR'
  union all select 'FIRE_SAFETY', 4, '设施', '灭火器、消火栓完好有效并在检验期内', 'YES_NO', 'YES', true, 'FIR-1', 'MAJOR'
  union all select 'FIRE_SAFETY', 5, '设施', '应急照明和疏散指示标志完好', 'YES_NO', 'YES', false, 'FIR-1', 'MAJOR'
  union all select 'FIRE_SAFETY', 6, '巡查', '当日消防巡查已完成并有记录', 'YES_NO', 'YES', false, 'FIR-1', 'MINOR'
  union all select 'FIRE_SAFETY', 7, '巡查', '发现的其他消防隐患', 'TEXT', null, false, 'FIR-1', 'MINOR'
  union all select 'TECHNICAL', 1, '系统', '入侵报警、视频监控、出入口控制、电子巡查系统建成并互联互通', 'YES_NO', 'YES', false, 'TEC-1', 'MAJOR'
  union all select 'TECHNICAL', 2, '系统', '安全监控中心集中管理技防系统，24小时值守', 'YES_NO', 'YES', false, 'TEC-1', 'MAJOR'
  union all select 'TECHNICAL', 3, '视频', '公共区域和重点区域视频全覆盖、无死角，已与公安联网', 'YES_NO', 'YES', false, 'TEC-2', 'MAJOR'
  union all select 'TECHNICAL', 4, '视频', '门卫值班室、投诉调解室有视频，调解室有声音复核', 'YES_NO', 'YES', false, 'TEC-3', 'MAJOR'
  union all select 'TECHNICAL', 5, '电源与存储', '断电后入侵报警系统可持续工作小时数', 'NUMBER', '8', false, 'TEC-4', 'MAJOR'
  union all select 'TECHNICAL', 6, '电源与存储', '断电后视频监控系统可持续工作小时数', 'NUMBER', '1', false, 'TEC-4', 'MAJOR'
  union all select 'TECHNICAL', 7, '电源与存储', '录像保存天数', 'NUMBER', '90', false, 'TEC-5', 'MAJOR'
  union all select 'TECHNICAL', 8, '运维', '技防设施故障在24小时内修复', 'YES_NO', 'YES', false, 'TEC-6', 'MAJOR'
) i on i.code = t.code and t.version = 1;
