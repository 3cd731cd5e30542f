/**
 * The occupations themselves. Aliases are the words seekers say at a station desk (not only
 * the HR names); `related` lists what the same person would also take. Wages are typical
 * county-level figures in yuan, a default for the posting form, not a rule.
 */
import type { Occupation } from './index';

type Wage = Occupation['typicalWage'];
const day = (min: number, max: number): Wage => ({ unit: 'day', min, max });
const month = (min: number, max: number): Wage => ({ unit: 'month', min, max });
const hour = (min: number, max: number): Wage => ({ unit: 'hour', min, max });
const piece = (min: number, max: number): Wage => ({ unit: 'piece', min, max });

export const LIST: Occupation[] = [
  // 建筑装修
  {
    code: 'bricklayer', name: '瓦工', category: '建筑装修',
    aliases: ['砌筑工', '泥瓦工', '泥瓦匠', '瓦匠', '泥水工', '泥工', '砌砖', '砌墙', '垒墙', '抹墙', '大工'],
    en: ['bricklayer', 'mason', 'masonry'], skills: ['砌砖', '抹灰', '贴砖', '看图纸'],
    related: ['tiler', 'laborer', 'plasterer'], typicalWage: day(250, 400), payPeriod: 'daily',
  },
  {
    code: 'tiler', name: '瓷砖工', category: '建筑装修',
    aliases: ['贴砖工', '贴瓷砖', '铺地砖', '贴砖', '铺砖', '瓷砖师傅', '美缝'],
    en: ['tiler', 'tiling'], skills: ['贴砖', '美缝', '找平'],
    related: ['bricklayer', 'decorator'], typicalWage: day(280, 450), payPeriod: 'daily',
  },
  {
    code: 'plasterer', name: '抹灰工', category: '建筑装修',
    aliases: ['抹灰', '粉墙', '批灰', '刮大白', '找平'],
    en: ['plasterer', 'plastering'], skills: ['抹灰', '找平', '刮腻子'],
    related: ['bricklayer', 'painter'], typicalWage: day(220, 350), payPeriod: 'daily',
  },
  {
    code: 'rebar_worker', name: '钢筋工', category: '建筑装修',
    aliases: ['扎钢筋', '绑钢筋', '钢筋', '绑扎钢筋', '钢筋师傅', '弯钢筋'],
    en: ['rebar worker', 'steel fixer', 'ironworker'], skills: ['钢筋绑扎', '看图纸', '钢筋下料'],
    related: ['concrete_worker', 'laborer'], typicalWage: day(250, 400), payPeriod: 'daily',
  },
  {
    code: 'carpenter', name: '木工', category: '建筑装修',
    aliases: ['木匠', '木工师傅', '支模', '支模板', '模板工', '做家具', '打家具', '木工活', '装修木工'],
    en: ['carpenter', 'woodworker', 'carpentry', 'joiner'], skills: ['支模', '吊顶', '做家具', '看图纸'],
    related: ['decorator', 'laborer'], typicalWage: day(280, 450), payPeriod: 'daily',
  },
  {
    code: 'welder', name: '电焊工', category: '建筑装修',
    aliases: ['焊工', '电焊', '烧电焊', '电焊师傅', '氩弧焊', '二保焊', '气焊', '焊接'],
    en: ['welder', 'welding'], skills: ['电焊', '氩弧焊', '气割', '焊工证'],
    related: ['rebar_worker', 'machinist'], typicalWage: day(280, 450), payPeriod: 'daily',
  },
  {
    code: 'plumber', name: '水电工', category: '建筑装修',
    aliases: ['水电安装', '水电师傅', '水暖工', '管道工', '装水管', '修水管', '通下水道', '水工', '暖气工'],
    en: ['plumber', 'plumbing', 'pipefitter'], skills: ['水管安装', '布线', '电工证'],
    related: ['electrician', 'decorator'], typicalWage: day(250, 400), payPeriod: 'daily',
  },
  {
    code: 'electrician', name: '电工', category: '建筑装修',
    aliases: ['电工师傅', '维修电工', '接电', '拉电线', '布线', '修电路', '装电线', '低压电工'],
    en: ['electrician', 'electrical'], skills: ['电工证', '布线', '配电'],
    related: ['plumber', 'property_repair'], typicalWage: day(250, 400), payPeriod: 'daily',
  },
  {
    code: 'laborer', name: '小工', category: '建筑装修',
    aliases: ['力工', '杂工', '壮工', '打杂', '干杂活', '建筑小工', '工地小工', '零工', '打零工', '出力气', '卖力气', '搬砖', '和灰', '和水泥', '扛水泥', '工地干活'],
    en: ['laborer', 'labourer', 'helper', 'general worker', 'construction worker'], skills: ['能吃苦', '搬运', '和灰'],
    related: ['mover', 'bricklayer', 'loader'], typicalWage: day(180, 280), payPeriod: 'daily',
  },
  {
    code: 'painter', name: '油漆工', category: '建筑装修',
    aliases: ['油工', '漆工', '刷漆', '喷漆', '刷墙', '刮腻子', '粉刷', '刷涂料', '刷油漆', '粉刷工'],
    en: ['painter', 'painting'], skills: ['刮腻子', '喷漆', '刷乳胶漆'],
    related: ['plasterer', 'decorator'], typicalWage: day(250, 380), payPeriod: 'daily',
  },
  {
    code: 'scaffolder', name: '架子工', category: '建筑装修',
    aliases: ['搭架子', '脚手架', '搭脚手架', '架子'],
    en: ['scaffolder', 'scaffolding'], skills: ['搭设脚手架', '登高证'],
    related: ['laborer'], typicalWage: day(280, 420), payPeriod: 'daily',
  },
  {
    code: 'concrete_worker', name: '混凝土工', category: '建筑装修',
    aliases: ['打灰', '浇筑', '浇混凝土', '振捣', '打混凝土', '水泥工', '砼工'],
    en: ['concrete worker', 'concrete'], skills: ['浇筑', '振捣', '收面'],
    related: ['rebar_worker', 'laborer'], typicalWage: day(230, 350), payPeriod: 'daily',
  },
  {
    code: 'waterproofer', name: '防水工', category: '建筑装修',
    aliases: ['做防水', '补漏', '堵漏', '屋顶防水', '防水'],
    en: ['waterproofer', 'waterproofing'], skills: ['卷材防水', '涂料防水'],
    related: ['painter', 'decorator'], typicalWage: day(230, 350), payPeriod: 'daily',
  },
  {
    code: 'decorator', name: '装修工', category: '建筑装修',
    aliases: ['装修师傅', '装修', '家装', '装修工人', '吊顶', '装修杂工'],
    en: ['decorator', 'renovation', 'fitter'], skills: ['吊顶', '贴砖', '刮腻子'],
    related: ['carpenter', 'painter', 'tiler'], typicalWage: day(250, 400), payPeriod: 'daily',
  },
  {
    code: 'excavator_operator', name: '挖掘机司机', category: '建筑装修',
    aliases: ['挖机司机', '挖机师傅', '勾机司机', '开挖机', '开勾机', '挖掘机', '挖机', '铲车司机', '开铲车', '装载机司机'],
    en: ['excavator operator', 'excavator', 'digger driver', 'heavy equipment operator'], skills: ['挖掘机操作证', '铲车'],
    related: ['truck_driver', 'crane_operator'], typicalWage: month(8000, 13000), payPeriod: 'monthly',
  },
  {
    code: 'crane_operator', name: '塔吊司机', category: '建筑装修',
    aliases: ['开塔吊', '塔吊', '吊车司机', '开吊车', '起重工', '信号工', '塔吊指挥'],
    en: ['crane operator', 'crane'], skills: ['塔吊操作证', '信号指挥'],
    related: ['excavator_operator'], typicalWage: month(8000, 12000), payPeriod: 'monthly',
  },

  // 农业养殖
  {
    code: 'fruit_picker', name: '采摘工', category: '农业养殖',
    aliases: ['摘果子', '摘水果', '摘苹果', '摘葡萄', '摘枸杞', '摘辣椒', '摘棉花', '摘草莓', '摘桃', '采果', '摘菜', '采摘'],
    en: ['fruit picker', 'picker', 'picking', 'harvest picker'], skills: ['采摘', '分拣装箱'],
    related: ['harvester', 'farmhand', 'tea_picker'], typicalWage: day(120, 200), payPeriod: 'daily',
  },
  {
    code: 'tea_picker', name: '采茶工', category: '农业养殖',
    aliases: ['采茶', '摘茶叶', '摘茶', '采茶叶', '炒茶', '茶园工'],
    en: ['tea picker', 'tea'], skills: ['采茶', '炒茶'],
    related: ['fruit_picker', 'farmhand'], typicalWage: day(120, 200), payPeriod: 'daily',
  },
  {
    code: 'shepherd', name: '放羊工', category: '农业养殖',
    aliases: ['放羊', '羊倌', '放牧', '牧羊', '看羊', '放牛', '牧民', '牧工', '放牛羊', '赶羊'],
    en: ['shepherd', 'herder', 'herdsman', 'grazier'], skills: ['放牧', '接羔', '剪羊毛'],
    related: ['livestock_breeder', 'milker'], typicalWage: month(3500, 6000), payPeriod: 'monthly',
  },
  {
    code: 'livestock_breeder', name: '养殖工', category: '农业养殖',
    aliases: ['饲养员', '养殖', '养牛', '养猪', '养羊', '养鸡', '喂猪', '喂牛', '喂羊', '喂鸡', '养殖场', '猪场', '牛场', '鸡场', '清圈', '铲粪'],
    en: ['livestock breeder', 'farm hand', 'stockman', 'breeder', 'pig farm', 'animal keeper'], skills: ['饲喂', '防疫', '接生'],
    related: ['shepherd', 'milker'], typicalWage: month(4000, 6500), payPeriod: 'monthly',
  },
  {
    code: 'milker', name: '挤奶工', category: '农业养殖',
    aliases: ['挤奶', '挤牛奶', '奶牛场', '奶牛饲养'],
    en: ['milker', 'dairy worker', 'dairy'], skills: ['挤奶', '奶牛饲养'],
    related: ['livestock_breeder', 'shepherd'], typicalWage: month(4000, 6000), payPeriod: 'monthly',
  },
  {
    code: 'harvester', name: '收割工', category: '农业养殖',
    aliases: ['收麦子', '割麦子', '收小麦', '收玉米', '掰玉米', '掰棒子', '割稻子', '收稻谷', '秋收', '夏收', '割草', '收庄稼'],
    en: ['harvester', 'harvest', 'harvesting', 'reaper'], skills: ['收割', '晾晒'],
    related: ['fruit_picker', 'farmhand', 'tractor_driver'], typicalWage: day(150, 250), payPeriod: 'daily',
  },
  {
    code: 'farmhand', name: '农工', category: '农业养殖',
    aliases: ['种地', '干农活', '农活', '田间管理', '锄草', '除草', '拔草', '种菜', '栽苗', '插秧', '打药', '施肥', '浇地', '种树苗', '农民工', '地里干活'],
    en: ['farm worker', 'farmhand', 'farm labourer', 'agricultural worker', 'farming'], skills: ['田间管理', '打药', '施肥'],
    related: ['greenhouse_worker', 'harvester', 'fruit_picker'], typicalWage: day(120, 200), payPeriod: 'daily',
  },
  {
    code: 'greenhouse_worker', name: '大棚种植工', category: '农业养殖',
    aliases: ['大棚', '种大棚', '大棚工', '温室', '大棚蔬菜', '育苗', '菌菇种植', '种蘑菇'],
    en: ['greenhouse worker', 'greenhouse', 'grower'], skills: ['育苗', '大棚管理', '嫁接'],
    related: ['farmhand', 'fruit_picker'], typicalWage: day(120, 200), payPeriod: 'daily',
  },
  {
    code: 'tractor_driver', name: '农机手', category: '农业养殖',
    aliases: ['开拖拉机', '拖拉机手', '开收割机', '收割机司机', '农机驾驶员', '播种机', '农机'],
    en: ['tractor driver', 'tractor', 'combine driver', 'farm machinery operator'], skills: ['拖拉机驾驶证', '农机维修'],
    related: ['harvester', 'truck_driver'], typicalWage: day(250, 400), payPeriod: 'daily',
  },
  {
    code: 'forest_ranger', name: '护林员', category: '农业养殖',
    aliases: ['护林', '巡山', '看山', '看林子', '防火巡查', '植树', '种树', '造林'],
    en: ['forest ranger', 'ranger', 'forestry worker', 'tree planter'], skills: ['巡护', '防火'],
    related: ['gardener'], typicalWage: month(2000, 3500), payPeriod: 'monthly',
  },

  // 家政服务
  {
    code: 'cleaner', name: '保洁员', category: '家政服务',
    aliases: ['保洁', '保洁阿姨', '清洁工', '打扫卫生', '搞卫生', '做卫生', '扫地', '拖地', '打扫', '开荒保洁', '家政保洁', '日常保洁', '钟点工', '小时工'],
    en: ['cleaner', 'cleaning', 'janitor', 'housekeeping'], skills: ['打扫', '开荒保洁', '地面清洁'],
    related: ['hotel_housekeeper', 'street_sweeper', 'nanny', 'window_cleaner'], typicalWage: month(2500, 4000), payPeriod: 'monthly',
  },
  {
    code: 'window_cleaner', name: '擦玻璃工', category: '家政服务',
    aliases: ['擦玻璃', '擦窗户', '高空清洗', '外墙清洗', '蜘蛛人', '洗外墙'],
    en: ['window cleaner', 'window cleaning'], skills: ['高空作业证', '擦玻璃'],
    related: ['cleaner'], typicalWage: day(200, 400), payPeriod: 'daily',
  },
  {
    code: 'nanny', name: '保姆', category: '家政服务',
    aliases: ['住家保姆', '家政', '家政员', '家政阿姨', '做饭阿姨', '做家务', '家务', '不住家保姆', '煮饭阿姨'],
    en: ['nanny', 'housekeeper', 'maid', 'domestic helper'], skills: ['做饭', '做家务', '照顾老人'],
    related: ['childcare', 'caregiver', 'cleaner'], typicalWage: month(4000, 7000), payPeriod: 'monthly',
  },
  {
    code: 'childcare', name: '育婴员', category: '家政服务',
    aliases: ['育婴师', '育儿嫂', '带娃', '带孩子', '看孩子', '看小孩', '带小孩', '照顾小孩', '看娃', '接送孩子', '托育'],
    en: ['babysitter', 'childcare', 'child care', 'nursery nurse'], skills: ['育婴师证', '辅食', '早教'],
    related: ['nanny', 'maternity_nurse'], typicalWage: month(4500, 8000), payPeriod: 'monthly',
  },
  {
    code: 'maternity_nurse', name: '月嫂', category: '家政服务',
    aliases: ['母婴护理', '母婴护理员', '伺候月子', '照顾产妇', '坐月子', '月子保姆', '催乳'],
    en: ['maternity nurse', 'postnatal nurse', 'confinement nanny'], skills: ['母婴护理证', '月子餐', '新生儿护理'],
    related: ['childcare', 'nanny'], typicalWage: month(6000, 12000), payPeriod: 'monthly',
  },
  {
    code: 'caregiver', name: '护工', category: '家政服务',
    aliases: ['护理员', '陪护', '养老护理员', '照顾老人', '伺候老人', '看护', '医院陪护', '养老院', '陪床', '照顾病人'],
    en: ['caregiver', 'carer', 'care worker', 'nursing aide', 'elderly care'], skills: ['养老护理证', '翻身拍背', '喂饭'],
    related: ['nanny', 'maternity_nurse'], typicalWage: month(3500, 6000), payPeriod: 'monthly',
  },
  {
    code: 'appliance_repair', name: '家电维修工', category: '维修服务',
    aliases: ['家电维修', '修家电', '修空调', '装空调', '空调安装', '修冰箱', '修洗衣机', '修电视', '空调师傅', '维修师傅'],
    en: ['appliance repair', 'appliance technician', 'air conditioner installer', 'repairman'], skills: ['制冷证', '空调安装', '电路维修'],
    related: ['electrician', 'property_repair'], typicalWage: day(200, 400), payPeriod: 'daily',
  },

  // 餐饮服务
  {
    code: 'dishwasher', name: '洗碗工', category: '餐饮服务',
    aliases: ['洗碗', '刷碗', '洗盘子', '刷盘子', '洗碗阿姨', '洗碟子', '后厨洗碗', '收碗'],
    en: ['dishwasher', 'dish washer', 'dishwashing', 'kitchen porter'], skills: ['洗碗', '消毒'],
    related: ['kitchen_helper', 'cleaner', 'waiter'], typicalWage: month(2500, 3800), payPeriod: 'monthly',
  },
  {
    code: 'cook', name: '厨师', category: '餐饮服务',
    aliases: ['大厨', '炒菜师傅', '炒菜', '掌勺', '厨子', '炒锅', '做饭', '食堂做饭', '食堂师傅', '厨工', '主厨', '烧菜', '做菜', '农家乐厨师'],
    en: ['cook', 'chef'], skills: ['炒菜', '健康证', '厨师证', '面点'],
    related: ['kitchen_helper', 'pastry_cook', 'bbq_cook'], typicalWage: month(5000, 9000), payPeriod: 'monthly',
  },
  {
    code: 'kitchen_helper', name: '帮厨', category: '餐饮服务',
    aliases: ['厨房帮工', '厨房杂工', '后厨杂工', '打荷', '配菜', '切菜', '墩子', '砧板', '择菜', '洗菜', '厨房小工', '后厨帮工'],
    en: ['kitchen helper', 'prep cook', 'kitchen assistant', 'kitchen hand'], skills: ['切菜', '配菜', '健康证'],
    related: ['cook', 'dishwasher'], typicalWage: month(3000, 4500), payPeriod: 'monthly',
  },
  {
    code: 'waiter', name: '服务员', category: '餐饮服务',
    aliases: ['餐厅服务员', '饭店服务员', '酒店服务员', '端盘子', '传菜', '传菜员', '跑堂', '点菜', '上菜', '包厢服务员', '前厅'],
    en: ['waiter', 'waitress', 'server', 'waiting staff'], skills: ['点菜', '传菜', '健康证'],
    related: ['dishwasher', 'hotel_housekeeper', 'cashier'], typicalWage: month(3000, 4500), payPeriod: 'monthly',
  },
  {
    code: 'pastry_cook', name: '面点师', category: '餐饮服务',
    aliases: ['面点', '面点师傅', '做面食', '拉面师傅', '拉面', '包包子', '蒸馒头', '做馒头', '包饺子', '烙饼', '揉面', '早点师傅'],
    en: ['pastry cook', 'baker', 'noodle maker', 'dim sum chef'], skills: ['面点', '和面', '健康证'],
    related: ['cook', 'kitchen_helper'], typicalWage: month(4500, 7000), payPeriod: 'monthly',
  },
  {
    code: 'bbq_cook', name: '烧烤师傅', category: '餐饮服务',
    aliases: ['烧烤', '烤串', '烤肉', '烤羊肉串', '串串', '烧烤店'],
    en: ['barbecue cook', 'bbq', 'grill cook', 'barbecue'], skills: ['烤串', '穿串'],
    related: ['cook', 'kitchen_helper'], typicalWage: month(4500, 8000), payPeriod: 'monthly',
  },

  // 物流运输
  {
    code: 'mover', name: '搬运工', category: '物流运输',
    aliases: ['搬运', '搬家', '搬家工', '扛包', '扛活', '搬东西', '抬东西', '搬货', '搬家师傅', '扛大包', '背货'],
    en: ['mover', 'porter', 'removal', 'moving'], skills: ['搬运', '力气大'],
    related: ['loader', 'laborer', 'sorter'], typicalWage: day(180, 300), payPeriod: 'daily',
  },
  {
    code: 'loader', name: '装卸工', category: '物流运输',
    aliases: ['装卸', '装车', '卸车', '卸货', '装货', '装柜', '卸柜', '码货', '下货'],
    en: ['loader', 'unloader', 'loading', 'stevedore', 'dock worker'], skills: ['装卸', '码垛'],
    related: ['mover', 'sorter', 'forklift_driver'], typicalWage: day(180, 300), payPeriod: 'daily',
  },
  {
    code: 'truck_driver', name: '货车司机', category: '物流运输',
    aliases: ['拉货', '跑车', '开大车', '开货车', '卡车司机', '跑运输', '大车司机', '货运司机', '开半挂', '半挂司机', '拉货司机', '送货司机', '开小货车', '运输司机'],
    en: ['truck driver', 'lorry driver', 'trucker', 'delivery driver', 'hgv driver'], skills: ['A2驾照', 'B2驾照', '驾驶证'],
    related: ['driver', 'loader', 'courier'], typicalWage: month(6000, 10000), payPeriod: 'monthly',
  },
  {
    code: 'driver', name: '司机', category: '物流运输',
    aliases: ['开车', '小车司机', '专职司机', '通勤车司机', '班车司机', '网约车司机', '代驾', '驾驶员', '私人司机', '客车司机', '校车司机'],
    en: ['driver', 'chauffeur', 'car driver', 'bus driver'], skills: ['C1驾照', 'A1驾照', '驾驶证'],
    related: ['truck_driver', 'courier'], typicalWage: month(5000, 8000), payPeriod: 'monthly',
  },
  {
    code: 'courier', name: '快递员', category: '物流运输',
    aliases: ['送快递', '快递小哥', '派件', '揽件', '快递', '送件', '派送员', '送货员', '快递派送'],
    en: ['courier', 'parcel delivery', 'express delivery', 'postman'], skills: ['电动车', '熟悉路线'],
    related: ['delivery_rider', 'sorter', 'truck_driver'], typicalWage: month(5000, 9000), payPeriod: 'monthly',
  },
  {
    code: 'delivery_rider', name: '外卖骑手', category: '物流运输',
    aliases: ['送外卖', '外卖员', '骑手', '外卖小哥', '跑腿', '美团骑手', '饿了么骑手', '配送员', '外卖'],
    en: ['food delivery rider', 'delivery rider', 'rider', 'food delivery'], skills: ['电动车', '智能手机'],
    related: ['courier'], typicalWage: month(5000, 10000), payPeriod: 'daily',
  },
  {
    code: 'sorter', name: '分拣员', category: '物流运输',
    aliases: ['仓库分拣', '分拣', '分拣工', '拣货', '拣货员', '理货', '理货员', '快递分拣', '分货', '挑拣'],
    en: ['sorter', 'warehouse picker', 'order picker', 'sorting', 'warehouse worker'], skills: ['分拣', '扫码', '理货'],
    related: ['packer', 'warehouse_keeper', 'loader'], typicalWage: day(150, 250), payPeriod: 'daily',
  },
  {
    code: 'packer', name: '打包员', category: '物流运输',
    aliases: ['打包', '打包工', '包装工', '包装', '装箱', '封箱', '贴标签', '电商打包'],
    en: ['packer', 'packing', 'packaging'], skills: ['打包', '封箱'],
    related: ['sorter', 'assembly_worker'], typicalWage: day(140, 220), payPeriod: 'daily',
  },
  {
    code: 'warehouse_keeper', name: '仓管员', category: '物流运输',
    aliases: ['仓库管理员', '仓库管理', '库管', '保管员', '仓管', '库房管理', '看仓库'],
    en: ['warehouse keeper', 'storekeeper', 'stock keeper', 'warehouse clerk'], skills: ['电脑操作', '盘点', '出入库'],
    related: ['sorter', 'forklift_driver'], typicalWage: month(4000, 6000), payPeriod: 'monthly',
  },
  {
    code: 'forklift_driver', name: '叉车司机', category: '物流运输',
    aliases: ['开叉车', '叉车工', '叉车师傅', '叉车'],
    en: ['forklift driver', 'forklift operator', 'forklift'], skills: ['叉车证'],
    related: ['loader', 'warehouse_keeper'], typicalWage: month(5000, 7500), payPeriod: 'monthly',
  },

  // 安保物业
  {
    code: 'security_guard', name: '保安', category: '安保物业',
    aliases: ['保安员', '安保', '巡逻', '站岗', '治安员', '小区保安', '商场保安', '秩序维护员', '夜班保安'],
    en: ['security guard', 'security', 'guard'], skills: ['保安证', '巡逻', '监控'],
    related: ['doorman', 'parking_attendant'], typicalWage: month(3000, 4500), payPeriod: 'monthly',
  },
  {
    code: 'doorman', name: '门卫', category: '安保物业',
    aliases: ['看门', '看大门', '门卫大爷', '传达室', '门岗', '守门', '值班员', '看厂', '门房', '看场子'],
    en: ['doorman', 'gatekeeper', 'porter', 'watchman', 'gate guard'], skills: ['登记', '值夜班'],
    related: ['security_guard', 'parking_attendant'], typicalWage: month(2200, 3500), payPeriod: 'monthly',
  },
  {
    code: 'parking_attendant', name: '停车管理员', category: '安保物业',
    aliases: ['看车', '收停车费', '停车场收费员', '看停车场', '车管员', '指挥停车'],
    en: ['parking attendant', 'car park attendant', 'parking'], skills: ['收费', '指挥停车'],
    related: ['security_guard', 'doorman'], typicalWage: month(2500, 3500), payPeriod: 'monthly',
  },
  {
    code: 'gardener', name: '绿化工', category: '安保物业',
    aliases: ['园林工', '绿化', '园林绿化', '修剪', '修剪树木', '剪草', '浇花', '种花', '绿化养护', '花工', '园丁'],
    en: ['gardener', 'landscaper', 'groundskeeper', 'gardening'], skills: ['修剪', '浇水', '打药'],
    related: ['forest_ranger', 'street_sweeper'], typicalWage: day(150, 230), payPeriod: 'daily',
  },
  {
    code: 'street_sweeper', name: '环卫工', category: '安保物业',
    aliases: ['扫大街', '扫马路', '清扫马路', '环卫', '清运垃圾', '垃圾清运', '垃圾分类', '马路清扫', '收垃圾'],
    en: ['street sweeper', 'sanitation worker', 'street cleaner', 'garbage collector'], skills: ['清扫', '垃圾分类'],
    related: ['cleaner', 'gardener'], typicalWage: month(2200, 3500), payPeriod: 'monthly',
  },
  {
    code: 'property_repair', name: '物业维修工', category: '维修服务',
    aliases: ['物业维修', '维修工', '物业水电工', '综合维修', '设施维修', '修门窗', '换灯泡'],
    en: ['maintenance worker', 'handyman', 'maintenance'], skills: ['电工证', '水电维修'],
    related: ['electrician', 'plumber', 'appliance_repair'], typicalWage: month(3500, 5500), payPeriod: 'monthly',
  },

  // 制造加工
  {
    code: 'sewing_worker', name: '缝纫工', category: '制造加工',
    aliases: ['车工', '车位', '踩缝纫机', '缝纫机', '做衣服', '服装厂', '衣车工', '缝纫', '裁缝', '锁边', '平车'],
    en: ['sewing worker', 'seamstress', 'sewing machinist', 'tailor', 'garment worker', 'sewing'], skills: ['平车', '包缝', '熨烫'],
    related: ['assembly_worker', 'handicraft'], typicalWage: piece(4000, 8000), payPeriod: 'monthly',
  },
  {
    code: 'assembly_worker', name: '普工', category: '制造加工',
    aliases: ['流水线', '操作工', '流水线工人', '进厂', '厂里上班', '工厂普工', '组装工', '装配工', '电子厂', '工厂', '车间工人'],
    en: ['factory worker', 'assembly worker', 'assembler', 'production worker', 'operator'], skills: ['流水线', '组装'],
    related: ['packer', 'quality_inspector', 'sewing_worker'], typicalWage: month(4000, 6500), payPeriod: 'monthly',
  },
  {
    code: 'quality_inspector', name: '质检员', category: '制造加工',
    aliases: ['质检', '检验员', '品检', '查货', '验货', 'QC'],
    en: ['quality inspector', 'inspector', 'quality control', 'qc'], skills: ['检验', '卡尺'],
    related: ['assembly_worker'], typicalWage: month(4000, 6000), payPeriod: 'monthly',
  },
  {
    code: 'food_processing', name: '食品加工工', category: '制造加工',
    aliases: ['食品厂', '食品加工', '剥虾', '分割肉', '肉联厂', '做豆腐', '粉条加工', '腌菜', '包粽子', '酿酒'],
    en: ['food processing worker', 'food factory worker', 'food processing'], skills: ['健康证', '分割'],
    related: ['assembly_worker', 'butcher', 'packer'], typicalWage: month(3500, 5500), payPeriod: 'monthly',
  },
  {
    code: 'butcher', name: '屠宰工', category: '制造加工',
    aliases: ['杀猪', '宰羊', '杀羊', '宰牛', '屠夫', '屠宰', '杀鸡', '剔骨', '分割工'],
    en: ['butcher', 'slaughterer', 'meat cutter'], skills: ['屠宰', '剔骨', '健康证'],
    related: ['food_processing'], typicalWage: month(5000, 9000), payPeriod: 'monthly',
  },
  {
    code: 'handicraft', name: '手工编织工', category: '制造加工',
    aliases: ['手工活', '编织', '手工编织', '在家做手工', '串珠', '绣花', '刺绣', '编筐', '做手工', '计件手工'],
    en: ['handicraft', 'weaver', 'embroiderer', 'craft worker', 'knitting'], skills: ['编织', '刺绣'],
    related: ['sewing_worker'], typicalWage: piece(1500, 3500), payPeriod: 'weekly',
  },
  {
    code: 'machinist', name: '机修工', category: '维修服务',
    aliases: ['机修', '修机器', '设备维修', '机械维修', '钳工', '车床工', '数控', '机床操作'],
    en: ['mechanic', 'machinist', 'fitter', 'machine repair'], skills: ['钳工', '设备保养', '焊接'],
    related: ['auto_mechanic', 'welder'], typicalWage: month(5000, 8000), payPeriod: 'monthly',
  },
  {
    code: 'auto_mechanic', name: '汽修工', category: '维修服务',
    aliases: ['修车', '汽车维修', '修车师傅', '补胎', '换轮胎', '汽车修理', '洗车', '洗车工', '汽车美容', '修摩托车'],
    en: ['auto mechanic', 'car mechanic', 'car wash', 'car repair'], skills: ['汽修', '补胎', '保养'],
    related: ['machinist'], typicalWage: month(4000, 8000), payPeriod: 'monthly',
  },

  // 商业服务
  {
    code: 'salesperson', name: '销售员', category: '商业服务',
    aliases: ['导购', '导购员', '卖货', '促销员', '促销', '推销', '营业员', '店员', '售货员', '卖东西', '看店', '门店店员'],
    en: ['salesperson', 'sales', 'shop assistant', 'sales assistant', 'promoter'], skills: ['沟通', '收银'],
    related: ['cashier', 'livestream_host'], typicalWage: month(3000, 6000), payPeriod: 'monthly',
  },
  {
    code: 'cashier', name: '收银员', category: '商业服务',
    aliases: ['收银', '收钱', '超市收银', '前台收银', '收款员'],
    en: ['cashier', 'checkout'], skills: ['收银', '电脑操作'],
    related: ['salesperson', 'waiter'], typicalWage: month(2800, 4000), payPeriod: 'monthly',
  },
  {
    code: 'livestream_host', name: '带货主播', category: '商业服务',
    aliases: ['主播', '直播带货', '直播', '网络主播', '直播销售', '电商主播', '直播助理', '场控'],
    en: ['livestream host', 'streamer', 'live streamer', 'influencer'], skills: ['直播', '普通话', '短视频'],
    related: ['salesperson', 'ecommerce_ops'], typicalWage: month(4000, 10000), payPeriod: 'monthly',
  },
  {
    code: 'ecommerce_ops', name: '电商客服', category: '商业服务',
    aliases: ['客服', '网店客服', '电商运营', '淘宝客服', '打字员', '录入员', '线上客服', '话务员'],
    en: ['customer service', 'e-commerce assistant', 'online support', 'typist', 'call center'], skills: ['电脑操作', '打字'],
    related: ['livestream_host', 'cashier'], typicalWage: month(3000, 5000), payPeriod: 'monthly',
  },
  {
    code: 'hotel_housekeeper', name: '客房服务员', category: '商业服务',
    aliases: ['客房保洁', '做房', '铺床', '酒店保洁', '宾馆服务员', '客房阿姨', '民宿保洁', '布草'],
    en: ['hotel housekeeper', 'room attendant', 'chambermaid', 'housekeeping attendant'], skills: ['做房', '铺床'],
    related: ['cleaner', 'waiter'], typicalWage: month(3000, 4500), payPeriod: 'monthly',
  },
  {
    code: 'hairdresser', name: '理发师', category: '商业服务',
    aliases: ['剃头', '剪头发', '美发', '美发师', '理发', '发型师', '洗头工', '剃头匠'],
    en: ['hairdresser', 'barber', 'hair stylist'], skills: ['剪发', '烫染'],
    related: ['salesperson'], typicalWage: month(4000, 8000), payPeriod: 'monthly',
  },
  {
    code: 'flyer_distributor', name: '派单员', category: '商业服务',
    aliases: ['发传单', '派传单', '地推', '发广告', '举牌', '扫楼', '发单员'],
    en: ['flyer distributor', 'leafleting', 'street promoter', 'flyers'], skills: ['沟通'],
    related: ['salesperson'], typicalWage: hour(15, 25), payPeriod: 'daily',
  },
  {
    code: 'event_staff', name: '会场服务员', category: '商业服务',
    aliases: ['礼仪', '婚宴服务员', '酒席帮工', '红白喜事帮工', '婚庆', '搭舞台', '会展布置', '流水席'],
    en: ['event staff', 'banquet staff', 'catering staff', 'usher'], skills: ['布置', '上菜'],
    related: ['waiter', 'kitchen_helper'], typicalWage: day(120, 220), payPeriod: 'daily',
  },
];
