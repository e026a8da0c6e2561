# Writes a demo sidecar (all three built-in types, some overlapping) for docs/editor.png:
#   python3 scripts/editor-screenshot-sidecar.py COPY-OF-SAMPLE.txt   then launch the product on that copy.
import html, sys
path = sys.argv[1]
t = open(path, encoding='utf-8').read()
spans = [("claim","试图通过技术出口管制、人才流动限制等手段遏制中国AI发展"),
         ("policy-measure","技术出口管制"),
         ("policy-measure","人才流动限制"),
         ("claim","美国在AI领域的领先地位将被削弱"),
         ("counter-strategy","DeepSeek通过开源社区吸引全球开发者"),
         ("claim","其模型在中文场景下的优化能力显著强于西方模型"),
         ("counter-strategy","中国AI企业正以高薪吸引海外顶尖人才"),
         ("policy-measure","限制中国AI企业招聘美国籍工程师"),
         ("policy-measure","已限制对华出口高端GPU"),
         ("claim","试图构建“全链条封锁”"),
         ("policy-measure","禁止向中国出口相关代码、论文及预训练模型"),
         ("policy-measure","通过模型水印技术追踪技术流向"),
         ("policy-measure","修改H-1B签证政策"),
         ("policy-measure","排斥中国参与全球AI治理规则制定"),
         ("counter-strategy","DeepSeek已展开多维度反制"),
         ("policy-measure","将DeepSeek列入“实体清单”"),
         ("counter-strategy","DeepSeek近期在多模态大模型、高效训练架构等领域取得突破"),
         ("claim","这一事件不仅暴露了中美AI竞争的激烈程度")]
names = {"claim":("Claim","#F5C542","M1+1"),"policy-measure":("Policy measure","#5DA5DA","M1+2"),"counter-strategy":("Counter-strategy","#60BD68","M1+3")}
out = ['<?xml version="1.0" encoding="UTF-8"?>',
 '<glossa:Document xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:glossa="http://glossa.dev/model/1" title="sample" sourcePath="%s" encoding="UTF-8">' % html.escape(path.split('/')[-1]),
 '  <codebook name="Policy analysis">']
for i,(n,c,k) in names.items():
    out.append(f'    <types id="{i}" name="{n}" color="{c}" shortcut="{k}" builtIn="true"/>')
out.append('  </codebook>')
for n,(typ,q) in enumerate(spans):
    b = t.find(q); assert b >= 0, q
    e = b + len(q)
    pre = t[max(0,b-32):b]; suf = t[e:e+32]
    attrs = ''
    out.append(f'  <annotations id="a-{n}" type="{typ}" begin="{b}" end="{e}" quote="{html.escape(q, True)}" prefix="{html.escape(pre, True).replace(chr(10),"&#xA;")}" suffix="{html.escape(suf, True).replace(chr(10),"&#xA;")}" author="demo">')
    if typ == "policy-measure":
        out.append('    <attributes name="actor" value="OpenAI"/>')
    out.append('  </annotations>')
out.append('</glossa:Document>')
open(path + '.glossa', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
