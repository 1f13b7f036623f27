/**
 * A definition with the mistakes people make when they adapt a rubric by hand. `<cr-rubric>`
 * refuses it and lists each problem with the field it is in.
 */
export const brokenDefinition = {
  id: 'reading-conference',
  version: '1.0.0',
  title: 'Reading Conference',
  layout: 'descriptor-grid',
  scale: {
    levels: [
      { id: 'emerging', label: 'Emerging', position: 1 },
      // Mistake: no position (only a not-applicable level may leave it out).
      { id: 'accelerating', label: 'Accelerating' },
      { id: 'mastering', label: 'Mastering', position: 3 },
    ],
  },
  sections: [
    {
      id: 'fluency',
      title: 'Fluency',
      items: [
        {
          id: 'pace',
          title: 'Reads at a steady pace',
          descriptors: {
            emerging: 'Reads word by word.',
            accelerating: 'Reads in short phrases.',
            mastering: 'Reads smoothly, with expression.',
          },
        },
      ],
    },
    {
      id: 'comprehension',
      title: 'Comprehension',
      items: [
        {
          // Mistake: the same id as the first item.
          id: 'pace',
          title: 'Retells the story in order',
          descriptors: {
            emerging: 'Names a few events.',
            accelerating: 'Retells most events in order.',
            mastering: 'Retells in order and explains why events happen.',
          },
        },
      ],
    },
    {
      id: 'discussion',
      title: 'Discussion',
      items: [
        {
          id: 'connects',
          title: 'Connects the text to their own life',
          // Mistake: a descriptor grid needs a descriptor for every level; "mastering" is missing.
          descriptors: {
            emerging: 'Makes a connection when prompted.',
            accelerating: 'Makes a connection without prompting.',
          },
        },
      ],
    },
  ],
};
