import { describe, expect, it } from 'vitest';
import { isBodyProse } from '../../../src/pipeline/evidence/function-words';

describe('isBodyProse: Chinese', () => {
  it('takes noun-heavy policy prose written in clauses as prose', () => {
    // Few grammar characters (的, 等, 无), but three clause marks.
    expect(isBodyProse('浙江自贸试验区公布第二批数据出境负面清单配套的一般数据清单，覆盖整车研发测试、临床试验受试者招募等十二类场景，清单内数据出境无需再申报安全评估。', undefined)).toBe(true);
  });

  it('does not take a long headline, a link list or a short notice for prose', () => {
    expect(isBodyProse('长三角外资动态第十五期研发中心认定门槛下调数据出境清单扩容汽车医药企业最先受益', undefined)).toBe(false);
    expect(isBodyProse('首页 | 政务公开 | 政策文件 | 政策解读 | 互动交流 | 办事服务 | 数据开放 | 专题专栏 | 机构设置', undefined)).toBe(false);
    expect(isBodyProse('本刊由长三角外商投资企业联谊会秘书处编辑，仅供会员参考。', undefined)).toBe(false);
  });
});
